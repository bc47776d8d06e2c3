using EcoTwin.Domain.Air;

namespace EcoTwin.Domain.Tests.Districts;

public class AreaConcentrationsTests
{
    private const string Pm25 = "a34004";
    private static readonly DateTimeOffset Hour = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Area_AQI_is_the_AQI_of_the_mean_concentrations_not_the_mean_of_station_AQIs()
    {
        // Station AQIs 15, 15 and 250 average 93; the mean PM2.5 of 73.3 µg/m³ indexes 98.
        var area = AreaConcentrations.Of([new(Pm25, Hour, 10), new(Pm25, Hour, 10), new(Pm25, Hour, 200)]);

        var aqi = area.Aqi();

        Assert.Equal(Hour, area.Period);
        Assert.Equal(3, area.Sums[Pm25].Count);
        Assert.Equal(220.0 / 3, area.Means[Pm25], 9);
        Assert.Equal(98, aqi!.Aqi);
        Assert.Equal(["PM2.5"], aqi.Primary);
    }

    [Fact]
    public void Station_that_has_not_finished_the_newest_hour_does_not_count()
    {
        var area = AreaConcentrations.Of([new(Pm25, Hour, 40), new(Pm25, Hour.AddHours(-1), 400), new("a34002", Hour, 80)]);

        Assert.Equal(1, area.Sums[Pm25].Count);
        Assert.Equal(40, area.Means[Pm25]);
        Assert.Equal(80, area.Means["a34002"]);
    }

    [Fact]
    public void Factors_outside_the_AQI_are_ignored()
    {
        var area = AreaConcentrations.Of([new("a01001", Hour, 12)]);

        Assert.Null(area.Period);
        Assert.Null(area.Aqi());
    }

    [Fact]
    public void Merged_areas_average_over_all_stations_of_the_newest_hour()
    {
        var east = AreaConcentrations.Of([new(Pm25, Hour, 10), new(Pm25, Hour, 20), new(Pm25, Hour, 30)]);
        var west = AreaConcentrations.Of([new(Pm25, Hour, 90)]);
        var late = AreaConcentrations.Of([new(Pm25, Hour.AddHours(-1), 500)]);

        var city = AreaConcentrations.Merge([east, west, late, AreaConcentrations.Empty]);

        Assert.Equal(Hour, city.Period);
        Assert.Equal(4, city.Sums[Pm25].Count);
        Assert.Equal(37.5, city.Means[Pm25]);
    }
}
