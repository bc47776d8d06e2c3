using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Tests.Geo;

public class BoundaryTests
{
    private const string Square = """{"type":"Polygon","coordinates":[[[119,31],[120,31],[120,32],[119,32],[119,31]]]}""";

    [Fact]
    public void Polygon_contains_points_inside_and_on_its_edge_but_not_outside()
    {
        Assert.True(Boundary.TryParse(Square, out var boundary, out var error), error);

        Assert.True(boundary!.Contains(new LonLat(119.5, 31.5)));
        Assert.True(boundary.Contains(new LonLat(120, 31.5)));
        Assert.False(boundary.Contains(new LonLat(120.01, 31.5)));
        Assert.Equal(new LonLat(119.5, 31.5), boundary.Centroid);
    }

    [Fact]
    public void MultiPolygon_contains_points_of_each_part_and_not_of_the_gap_or_a_hole()
    {
        const string Json = """
            {"type":"MultiPolygon","coordinates":[
              [[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[3,1],[3,3],[1,3],[1,1]]],
              [[[10,0],[11,0],[11,1],[10,1],[10,0]]]]}
            """;

        Assert.True(Boundary.TryParse(Json, out var boundary, out var error), error);

        Assert.True(boundary!.Contains(new LonLat(0.5, 0.5)));
        Assert.True(boundary.Contains(new LonLat(10.5, 0.5)));
        Assert.False(boundary.Contains(new LonLat(2, 2)));
        Assert.False(boundary.Contains(new LonLat(7, 0.5)));
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[119,31]}""", "is a Point; a Polygon or MultiPolygon is required")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}""", "is not a valid polygon: Self-intersection")]
    [InlineData("""{"type":"Polygon","coordinates":[[[0,0],[200,0],[200,1],[0,0]]]}""", "outside longitude")]
    [InlineData("not json", "is not GeoJSON geometry")]
    [InlineData("", "is required")]
    public void Bad_boundaries_are_rejected_with_the_reason(string json, string reason)
    {
        Assert.False(Boundary.TryParse(json, out var boundary, out var error));

        Assert.Null(boundary);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Boundary_written_as_GeoJSON_reads_back_the_same()
    {
        Boundary.TryParse(Square, out var boundary, out _);

        Assert.True(Boundary.TryParse(boundary!.ToGeoJson(), out var again, out _));
        Assert.True(again!.Geometry.EqualsExact(boundary.Geometry));
    }
}
