namespace EcoTwin.Domain.Demo;

// The ambient air model: seasonal level × daily cycle × station bias × city-wide episodes × noise.
public sealed partial class DemoValues
{
    private double Air(DemoStation station, string factor, Moment at)
    {
        var h = at.HourOfDay;
        var t = at.Hours;
        var clock = at.Clock.DateTime;
        var code = station.Code;
        var traffic = Array.Find(CityLayout.Districts, d => d.Code == station.DistrictCode)?.TrafficFactor ?? 1.0;

        // Regional episodes (stagnant days, clean days after a front) are shared by every station.
        var episode = Math.Exp(0.5 * DemoNoise.Smooth(Key("city", "episode"), t, 36));
        double Jitter(string purpose, double amplitude) =>
            1 + (amplitude * DemoNoise.Smooth(Key(code, purpose), t, 3)) + (amplitude * 0.4 * DemoNoise.Smooth(Key(code, purpose + "-fast"), t, 0.7));

        switch (factor)
        {
            case "a34004":
                return Round(Pm25(code, h, t, clock, episode) * Jitter("pm", 0.12), 1, 2);
            case "a34002":
                var ratio = DemoNoise.Between(Key(code, "pm10-ratio"), 1.45, 1.8) * (1 + (0.06 * DemoNoise.Smooth(Key(code, "pm10"), t, 2)));
                return Round(Pm25(code, h, t, clock, episode) * Jitter("pm", 0.12) * ratio, 1, 4);
            case "a21004":
                var no2Cycle = 0.72 + (0.45 * DemoNoise.Bump(h, 8, 1.5)) + (0.5 * DemoNoise.Bump(h, 18.5, 2)) + (0.25 * DemoNoise.Bump(h, 23, 3)) - (0.2 * DemoNoise.Bump(h, 14, 2.5));
                return Round(Seasons.At(Seasons.No2, clock) * traffic * DemoNoise.Between(Key(code, "no2"), 0.85, 1.2) * no2Cycle * Math.Sqrt(episode) * Jitter("no2", 0.12), 1, 3);
            case "a05024":
                var o3Episode = Math.Exp(0.25 * DemoNoise.Smooth(Key("city", "o3-episode"), t, 48));
                var night = Seasons.At(Seasons.O3Night, clock);
                var peak = Seasons.At(Seasons.O3Peak, clock);
                var titration = Math.Sqrt(2 - traffic) * DemoNoise.Between(Key(code, "o3"), 0.9, 1.1);
                return Round((night + ((peak - night) * DemoNoise.Bump(h, 15, 3.2))) * titration * o3Episode * Jitter("o3", 0.1), 1, 2);
            case "a21026":
                var so2Cycle = 0.85 + (0.35 * DemoNoise.Bump(h, 11, 3));
                return Round(Seasons.At(Seasons.So2, clock) * DemoNoise.Between(Key(code, "so2"), 0.7, 1.5) * so2Cycle * Jitter("so2", 0.15), 1, 2);
            case "a21005":
                var coCycle = 0.8 + (0.2 * PmCycle(h)) + (0.1 * DemoNoise.Bump(h, 8, 1.5));
                return Round(Seasons.At(Seasons.Co, clock) * Math.Sqrt(traffic) * DemoNoise.Between(Key(code, "co"), 0.85, 1.15) * coCycle * Math.Pow(episode, 0.6) * Jitter("co", 0.08), 3, 0.1);
            default:
                return Meteorology(station, factor, h, t, clock);
        }
    }

    private double Pm25(string code, double h, double t, DateTime clock, double episode) =>
        Seasons.At(Seasons.Pm25, clock) * PmCycle(h) * DemoNoise.Between(Key(code, "pm-bias"), 0.85, 1.2) * episode;

    // Night accumulation under the inversion and the morning rush; lowest in the mixed afternoon.
    private static double PmCycle(double h) =>
        0.82 + (0.22 * DemoNoise.Bump(h, 8, 2)) + (0.3 * DemoNoise.Bump(h, 22, 3.5)) + (0.15 * DemoNoise.Bump(h, 2, 3)) - (0.12 * DemoNoise.Bump(h, 15, 3));

    private double Meteorology(DemoStation station, string factor, double h, double t, DateTime clock)
    {
        var mean = Seasons.At(Seasons.AirTemperature, clock);
        var temperature = mean + (4.5 * Math.Cos(2 * Math.PI * (h - 14.5) / 24)) + (2.5 * DemoNoise.Smooth(Key("city", "temperature"), t, 48))
            + (0.4 * DemoNoise.Smooth(Key(station.Code, "temperature"), t, 6));
        return factor switch
        {
            "a01001" => Math.Round(temperature, 1),
            "a01002" => Math.Round(Math.Clamp(72 - (3 * (temperature - mean)) + (10 * DemoNoise.Smooth(Key("city", "humidity"), t, 24)), 25, 99), 1),
            "a01007" => Math.Round(Math.Max(0.2, 1.8 + DemoNoise.Bump(h, 14, 4) + (1.3 * DemoNoise.Smooth(Key("city", "wind"), t, 12))
                + (0.3 * DemoNoise.Smooth(Key(station.Code, "wind"), t, 1))), 1),
            "a01008" => Math.Round(360 + 45 + (100 * DemoNoise.Smooth(Key("city", "wind-direction"), t, 18))
                + (25 * DemoNoise.Smooth(Key(station.Code, "wind-direction"), t, 2)), 0) % 360,
            _ => throw UnknownFactor(factor, station.Code),
        };
    }

    private static double Round(double value, int decimals, double floor) => Math.Round(Math.Max(value, floor), decimals);
}
