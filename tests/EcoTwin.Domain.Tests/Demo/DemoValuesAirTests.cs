using EcoTwin.Domain.Demo;

namespace EcoTwin.Domain.Tests.Demo;

public class DemoValuesAirTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Day = new(2026, 11, 25, 0, 0, 0, Beijing);

    private static IEnumerable<DemoStation> AirStations => TestCities.Default.Stations.Where(s => s.Kind == DemoKinds.Air);

    private static double Mean(string factor, params int[] hours) =>
        AirStations.SelectMany(s => hours.Select(h => TestCities.Values.AirQuality(s.Code, factor, Day.AddHours(h)))).Average();

    [Theory]
    [InlineData("a34004", 3, 300)]
    [InlineData("a34002", 5, 500)]
    [InlineData("a21026", 1, 60)]
    [InlineData("a21004", 3, 200)]
    [InlineData("a21005", 0.1, 4)]
    [InlineData("a05024", 2, 250)]
    public void Pollutants_stay_in_plausible_ranges_through_a_november_day(string factor, double min, double max)
    {
        foreach (var station in AirStations)
        {
            for (var m = 0; m < 24 * 60; m += 20)
            {
                Assert.InRange(TestCities.Values.AirQuality(station.Code, factor, Day.AddMinutes(m)), min, max);
            }
        }
    }

    [Fact]
    public void November_pm25_is_mostly_30_to_90_with_occasional_peaks()
    {
        var values = AirStations.SelectMany(s => Enumerable.Range(0, 24 * 14).Select(h => TestCities.Values.AirQuality(s.Code, "a34004", Day.AddDays(-7).AddHours(h)))).Order().ToArray();

        var median = values[values.Length / 2];
        Assert.InRange(median, 30, 90);
        Assert.InRange(values[(int)(values.Length * 0.1)], 15, 60);
        Assert.True(values[^1] > 100, $"the highest hour of two weeks is {values[^1]}");
        Assert.All(values, v => Assert.InRange(v, 2, 300));
    }

    [Fact]
    public void Ozone_peaks_in_the_afternoon()
    {
        Assert.True(Mean("a05024", 13, 14, 15, 16) > 2 * Mean("a05024", 4, 5, 6, 7));
    }

    [Fact]
    public void Pm25_is_higher_at_night_and_in_the_morning_rush_than_in_the_afternoon()
    {
        var afternoon = Mean("a34004", 13, 14, 15, 16);

        Assert.True(Mean("a34004", 21, 22, 23) > 1.2 * afternoon);
        Assert.True(Mean("a34004", 7, 8, 9) > 1.2 * afternoon);
    }

    [Fact]
    public void No2_peaks_in_the_rush_hours()
    {
        var midday = Mean("a21004", 12, 13, 14);

        Assert.True(Mean("a21004", 7, 8, 9) > 1.3 * midday);
        Assert.True(Mean("a21004", 18, 19) > 1.3 * midday);
    }

    [Fact]
    public void Pm10_exceeds_pm25_at_every_station()
    {
        foreach (var station in AirStations)
        {
            var at = Day.AddHours(10);
            Assert.True(TestCities.Values.AirQuality(station.Code, "a34002", at) > TestCities.Values.AirQuality(station.Code, "a34004", at));
        }
    }

    [Fact]
    public void Weather_is_plausible_for_november_and_warmest_in_the_afternoon()
    {
        var values = TestCities.Values;
        var station = AirStations.First(s => s.Factors.Contains("a01001")).Code;
        var temperatures = Enumerable.Range(0, 24).Select(h => values.AirQuality(station, "a01001", Day.AddHours(h))).ToArray();

        Assert.All(temperatures, t => Assert.InRange(t, -2, 25));
        Assert.True(temperatures[14] > temperatures[5]);
        for (var h = 0; h < 24; h++)
        {
            Assert.InRange(values.AirQuality(station, "a01002", Day.AddHours(h)), 25, 99);
            Assert.InRange(values.AirQuality(station, "a01007", Day.AddHours(h)), 0.2, 8);
            Assert.InRange(values.AirQuality(station, "a01008", Day.AddHours(h)), 0, 359);
        }
    }

    [Fact]
    public void Readings_are_pure_functions_of_station_factor_and_instant()
    {
        var station = AirStations.ElementAt(17);
        var at = Day.AddHours(9.5);
        var again = new DemoValues(DemoCity.Generate());

        Assert.Equal(TestCities.Values.AirQuality(station.Code, "a34004", at), again.AirQuality(station.Code, "a34004", at));
        Assert.Equal(TestCities.Values.AirQuality(station.Code, "a34004", at), TestCities.Values.AirQuality(station.Code, "a34004", at.ToUniversalTime()));
        Assert.Equal(TestCities.Values.AirQuality(station.Code, "a05024", at), TestCities.Values.AirQuality(17, "a05024", at));
        Assert.Equal(TestCities.Values.AirQuality(station.Code, "a21004", at), TestCities.Values.Reading(station.Code, "a21004", at));
        Assert.NotEqual(TestCities.Values.AirQuality(station.Code, "a34004", at), TestCities.Values.AirQuality(AirStations.ElementAt(18).Code, "a34004", at));
    }

    [Fact]
    public void Readings_change_smoothly_from_minute_to_minute()
    {
        var station = AirStations.First().Code;
        for (var m = 0; m < 24 * 60; m++)
        {
            var now = TestCities.Values.AirQuality(station, "a34004", Day.AddMinutes(m));
            var next = TestCities.Values.AirQuality(station, "a34004", Day.AddMinutes(m + 1));
            Assert.True(Math.Abs(next - now) <= Math.Max(2, 0.05 * now), $"jump from {now} to {next} at minute {m}");
        }
    }

    [Fact]
    public void Unknown_stations_and_factors_are_refused()
    {
        var water = TestCities.Default.Stations.First(s => s.Kind == DemoKinds.Water).Code;

        Assert.Throws<ArgumentException>(() => TestCities.Values.AirQuality("NOPE", "a34004", Day));
        Assert.Throws<ArgumentException>(() => TestCities.Values.AirQuality(water, "a34004", Day));
        Assert.Throws<ArgumentException>(() => TestCities.Values.AirQuality(AirStations.First().Code, "w01018", Day));
        Assert.Throws<ArgumentException>(() => TestCities.Values.AirQuality(-1, "a34004", Day));
        Assert.Throws<ArgumentException>(() => TestCities.Values.Reading("NOPE", "a34004", Day));
    }
}
