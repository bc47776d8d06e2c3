namespace EcoTwin.Domain.Demo;

// The surface water model: rivers and canals of class III-IV, lakes with less ammonia, more
// algae (higher pH and a stronger oxygen cycle) as in the Taihu basin.
public sealed partial class DemoValues
{
    private double Water(DemoStation station, string factor, Moment at)
    {
        var h = at.HourOfDay;
        var t = at.Hours;
        var code = station.Code;
        var lake = _lakeStations.Contains(code);
        var temperature = Seasons.At(Seasons.WaterTemperature, at.Clock.DateTime) + (0.8 * Math.Cos(2 * Math.PI * (h - 16) / 24))
            + DemoNoise.Smooth(Key("city", "water-temperature"), t, 72) + (0.3 * DemoNoise.Smooth(Key(code, "water-temperature"), t, 6));

        // Slow drift (a day) plus a little fast instrument noise.
        double Drift(string purpose, double amplitude) =>
            1 + (amplitude * DemoNoise.Smooth(Key(code, purpose), t, 24)) + (0.04 * DemoNoise.Smooth(Key(code, purpose + "-fast"), t, 1));

        // Algae produce oxygen and raise pH by day.
        var photosynthesis = DemoNoise.Bump(h, 15, 3.5) - (0.5 * DemoNoise.Bump(h, 5, 3));
        switch (factor)
        {
            case "w01010":
                return Math.Round(Math.Max(temperature, 0.5), 1);
            case "w01009":
                var saturation = 14.62 - (0.3898 * temperature) + (0.006969 * temperature * temperature) - (0.00005897 * temperature * temperature * temperature);
                var fraction = 0.8 + ((lake ? 0.12 : 0.07) * photosynthesis) + (0.05 * DemoNoise.Smooth(Key(code, "do"), t, 12));
                return Math.Round(saturation * fraction * DemoNoise.Between(Key(code, "do-bias"), 0.9, 1.05), 2);
            case "w01001":
                var ph = (lake ? 7.9 : 7.45) + (0.2 * photosynthesis) + (0.12 * DemoNoise.Smooth(Key(code, "ph"), t, 12)) + DemoNoise.Between(Key(code, "ph-bias"), -0.15, 0.15);
                return Math.Round(ph, 2);
            case "w01018":
                return Math.Round((lake ? 20 : 15) * DemoNoise.Between(Key(code, "cod-bias"), 0.75, 1.35) * Drift("cod", 0.12), 1);
            case "w21003":
                var nightRelease = 1 + (0.08 * DemoNoise.Bump(h, 6, 4));
                return Math.Round((lake ? 0.22 : 0.55) * DemoNoise.Between(Key(code, "nh3n-bias"), 0.5, 1.9) * nightRelease * Drift("nh3n", 0.2), 3);
            case "w21011":
                return Math.Round((lake ? 0.085 : 0.14) * DemoNoise.Between(Key(code, "tp-bias"), 0.6, 1.6) * Drift("tp", 0.15), 3);
            case "w21001":
                return Math.Round((lake ? 1.8 : 2.8) * DemoNoise.Between(Key(code, "tn-bias"), 0.7, 1.5) * Drift("tn", 0.1), 2);
            default:
                throw UnknownFactor(factor, code);
        }
    }
}
