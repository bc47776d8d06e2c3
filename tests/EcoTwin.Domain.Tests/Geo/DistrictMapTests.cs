using EcoTwin.Domain.Geo;
using EcoTwin.Domain.Tests.Demo;

namespace EcoTwin.Domain.Tests.Geo;

public class DistrictMapTests
{
    private static readonly DistrictMap Map = new(TestCities.Default.Districts.Select(d => KeyValuePair.Create(d.Code, Boundary.FromRing(d.Polygon))));

    [Fact]
    public void Every_demo_station_and_outlet_lies_in_the_district_it_names()
    {
        var city = TestCities.Default;

        Assert.All(city.Stations, s => Assert.Equal(s.DistrictCode, Map.Locate(new LonLat(s.Lon, s.Lat))));
        Assert.All(city.Sources, s => Assert.Equal(s.DistrictCode, Map.Locate(new LonLat(s.Lon, s.Lat))));
    }

    [Fact]
    public void Point_outside_every_district_belongs_to_the_code_it_was_given()
    {
        var far = new LonLat(100, 20);

        Assert.Null(Map.Locate(far));
        Assert.Equal("320402", Map.MembershipOf(far, "320402"));
    }

    [Fact]
    public void Polygon_wins_over_a_wrong_given_code()
    {
        var station = TestCities.Default.Stations.First(s => s.DistrictCode != "320402");

        Assert.Equal(station.DistrictCode, Map.MembershipOf(new LonLat(station.Lon, station.Lat), "320402"));
    }
}
