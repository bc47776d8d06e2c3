using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Tests.Demo;

public class DemoCityGeometryTests
{
    // km per degree at the city's latitude
    private const double KmPerLon = 94.72;
    private const double KmPerLat = 110.88;

    public static TheoryData<int> Seeds => new() { DemoCity.DefaultSeed, 1, 42, 2024 };

    private static DemoCity City(int seed) => TestCities.Of(seed);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void District_polygons_are_closed_simple_counter_clockwise_rings_of_20_to_60_vertices(int seed)
    {
        foreach (var district in City(seed).Districts)
        {
            var ring = district.Polygon;
            Assert.True(Rings.IsClosed(ring), district.Code);
            Assert.InRange(ring.Count - 1, 20, 60);
            Assert.Equal(ring.Count - 1, ring.Take(ring.Count - 1).Distinct().Count());
            Assert.True(Rings.SignedArea(ring) > 0, $"{district.Code} is clockwise");
            Assert.True(Rings.IsSimple(ring), $"{district.Code} intersects itself");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Districts_tile_the_outline_every_point_inside_is_in_exactly_one_district(int seed)
    {
        var city = City(seed);
        var box = city.BoundingBox;
        var (inside, outside) = (0, 0);
        for (var i = 0; i <= 120; i++)
        {
            for (var j = 0; j <= 105; j++)
            {
                // An irrational-looking offset keeps grid points off vertices and straight borders.
                var p = new LonLat(box.MinLon + ((box.MaxLon - box.MinLon) * (i + 0.0137) / 120.2), box.MinLat + ((box.MaxLat - box.MinLat) * (j + 0.0291) / 105.3));
                var hits = city.Districts.Count(d => Rings.Contains(d.Polygon, p));
                if (Rings.Contains(city.Outline, p))
                {
                    Assert.True(hits == 1, $"{p} lies in {hits} districts");
                    inside++;
                }
                else
                {
                    Assert.True(hits == 0, $"{p} is outside the city but in {hits} districts");
                    outside++;
                }
            }
        }

        Assert.True(inside > outside, "the outline should fill most of its box");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void District_areas_sum_to_the_city_area(int seed)
    {
        var city = City(seed);
        var total = city.Districts.Sum(d => Rings.SignedArea(d.Polygon));

        Assert.Equal(Rings.SignedArea(city.Outline), total, 9);
        Assert.All(city.Districts, d => Assert.InRange(Rings.SignedArea(d.Polygon) * KmPerLon * KmPerLat, 80, 1500));
        Assert.InRange((city.BoundingBox.MaxLon - city.BoundingBox.MinLon) * KmPerLon, 70, 90);
        Assert.InRange((city.BoundingBox.MaxLat - city.BoundingBox.MinLat) * KmPerLat, 60, 80);
        Assert.True(city.BoundingBox.Contains(new(119.95, 31.78)), "the urban centre of Changzhou is in the city");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_station_enterprise_and_outlet_lies_in_its_own_district_and_no_other(int seed)
    {
        var city = City(seed);
        var points = city.Stations.Select(s => (s.Code, s.DistrictCode, At: new LonLat(s.Lon, s.Lat)))
            .Concat(city.Enterprises.Select(e => (Code: e.CreditCode, e.DistrictCode, At: new LonLat(e.Lon, e.Lat))))
            .Concat(city.Sources.Select(s => (Code: s.Mn, s.DistrictCode, At: new LonLat(s.Lon, s.Lat))));

        foreach (var (code, district, at) in points)
        {
            var containing = city.Districts.Where(d => Rings.Contains(d.Polygon, at)).Select(d => d.Code).ToList();
            Assert.True(containing.Count == 1 && containing[0] == district, $"{code} at {at} belongs to {district} but lies in [{string.Join(", ", containing)}]");
        }
    }

    [Fact]
    public void Stations_are_denser_in_the_urban_core()
    {
        var city = TestCities.Default;
        double Density(string code) =>
            city.Stations.Count(s => s.Kind == DemoKinds.Air && s.DistrictCode == code) / Rings.SignedArea(city.Districts.Single(d => d.Code == code).Polygon);

        Assert.True(Density("320402") > 3 * Density("320481"));
        Assert.True(Density("320404") > 3 * Density("320413"));
    }

    [Fact]
    public void Outlets_stand_within_a_few_hundred_metres_of_their_enterprise()
    {
        var enterprises = TestCities.Default.Enterprises.ToDictionary(e => e.CreditCode);
        foreach (var source in TestCities.Default.Sources)
        {
            var e = enterprises[source.EnterpriseCode];
            var km = Math.Sqrt(Math.Pow((source.Lon - e.Lon) * KmPerLon, 2) + Math.Pow((source.Lat - e.Lat) * KmPerLat, 2));
            Assert.InRange(km, 0.03, 0.45);
            Assert.Equal(e.DistrictCode, source.DistrictCode);
        }
    }
}
