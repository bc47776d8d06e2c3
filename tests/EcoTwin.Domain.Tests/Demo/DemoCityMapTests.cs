using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Tests.Demo;

public class DemoCityMapTests
{
    private static DemoCity City => TestCities.Default;

    [Fact]
    public void The_map_has_rivers_a_canal_lakes_three_to_five_expressways_and_about_ten_arterials()
    {
        string[] kinds = [DemoKinds.River, DemoKinds.Canal, DemoKinds.LakeShore, DemoKinds.Expressway, DemoKinds.Arterial];

        Assert.All(City.Lines, l => Assert.Contains(l.Kind, kinds));
        Assert.InRange(City.Lines.Count(l => l.Kind == DemoKinds.River), 1, 4);
        Assert.Contains(City.Lines, l => l is { Kind: DemoKinds.Canal, NameZh: "京杭大运河" });
        Assert.InRange(City.Lines.Count(l => l.Kind == DemoKinds.Expressway), 3, 5);
        Assert.InRange(City.Lines.Count(l => l.Kind == DemoKinds.Arterial), 8, 14);
        Assert.NotEmpty(City.Areas);
        Assert.All(City.Areas, a => Assert.Equal(DemoKinds.Lake, a.Kind));
    }

    [Fact]
    public void Lines_lie_inside_the_outline_without_crossing_it()
    {
        foreach (var line in City.Lines)
        {
            Assert.True(line.Coordinates.Count >= 10, $"{line.NameZh} has only {line.Coordinates.Count} positions");
            Assert.All(line.Coordinates, p => Assert.True(Rings.Contains(City.Outline, p), $"{line.NameZh}: {p} is outside the city"));
            for (var i = 0; i + 1 < line.Coordinates.Count; i++)
            {
                for (var k = 0; k + 1 < City.Outline.Count; k++)
                {
                    Assert.False(Segments.Intersect(line.Coordinates[i], line.Coordinates[i + 1], City.Outline[k], City.Outline[k + 1]), $"{line.NameZh} crosses the outline");
                }
            }
        }
    }

    [Fact]
    public void Lakes_are_simple_rings_each_inside_one_district_and_no_road_runs_through_one()
    {
        foreach (var lake in City.Areas)
        {
            Assert.True(Rings.IsClosed(lake.Ring) && Rings.IsSimple(lake.Ring) && Rings.SignedArea(lake.Ring) > 0, lake.NameZh);
            Assert.Single(City.Districts, d => lake.Ring.All(p => Rings.Contains(d.Polygon, p)));
            Assert.Contains(City.Lines, l => l.Kind == DemoKinds.LakeShore && l.Coordinates.SequenceEqual(lake.Ring));
        }

        var roads = City.Lines.Where(l => l.Kind is DemoKinds.Expressway or DemoKinds.Arterial);
        Assert.All(roads.SelectMany(r => r.Coordinates), p => Assert.DoesNotContain(City.Areas, a => Rings.Contains(a.Ring, p)));
    }

    [Fact]
    public void Air_stations_and_enterprises_stand_on_dry_land()
    {
        var sites = City.Stations.Where(s => s.Kind == DemoKinds.Air).Select(s => new LonLat(s.Lon, s.Lat))
            .Concat(City.Enterprises.Select(e => new LonLat(e.Lon, e.Lat)))
            .Concat(City.Sources.Select(s => new LonLat(s.Lon, s.Lat)));

        Assert.All(sites, p => Assert.DoesNotContain(City.Areas, a => Rings.Contains(a.Ring, p)));
    }

    [Fact]
    public void The_outline_and_bounding_box_enclose_all_districts()
    {
        Assert.True(Rings.IsClosed(City.Outline) && Rings.IsSimple(City.Outline) && Rings.SignedArea(City.Outline) > 0);
        Assert.Equal(GeoBox.Around(City.Outline), City.BoundingBox);
        Assert.All(City.Districts.SelectMany(d => d.Polygon), p => Assert.True(City.BoundingBox.Contains(p)));
        Assert.All(City.Outline, p => Assert.Contains(City.Districts, d => d.Polygon.Contains(p)));
    }
}
