using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Tests.Geo;

public class RingsTests
{
    private static readonly LonLat[] Square = [new(0, 0), new(2, 0), new(2, 2), new(0, 2), new(0, 0)];

    [Fact]
    public void Contains_points_inside_and_not_outside()
    {
        Assert.True(Rings.Contains(Square, new(1, 1)));
        Assert.True(Rings.Contains(Square, new(0.001, 1.999)));
        Assert.False(Rings.Contains(Square, new(3, 1)));
        Assert.False(Rings.Contains(Square, new(1, -0.5)));
        Assert.False(Rings.Contains(Square, new(-1, 1)));
    }

    [Fact]
    public void Contains_handles_a_concave_ring()
    {
        LonLat[] u = [new(0, 0), new(3, 0), new(3, 3), new(2, 3), new(2, 1), new(1, 1), new(1, 3), new(0, 3), new(0, 0)];

        Assert.True(Rings.Contains(u, new(0.5, 2)));
        Assert.True(Rings.Contains(u, new(2.5, 2)));
        Assert.False(Rings.Contains(u, new(1.5, 2)));
        Assert.True(Rings.Contains(u, new(1.5, 0.5)));
    }

    [Fact]
    public void Two_rings_sharing_a_slanted_edge_claim_every_point_exactly_once()
    {
        // The shared edge runs (0,0)-(1,0.7) in one ring and (1,0.7)-(0,0) in the other.
        LonLat[] left = [new(0, 0), new(1, 0.7), new(0, 1), new(0, 0)];
        LonLat[] right = [new(0, 0), new(1, 0), new(1, 0.7), new(0, 0)];

        for (var i = 1; i < 100; i++)
        {
            for (var j = 1; j < 70; j++)
            {
                var p = new LonLat(i / 100.0, j / 100.0);
                var inLeft = Rings.Contains(left, p);
                var inRight = Rings.Contains(right, p);
                Assert.False(inLeft && inRight, $"{p} is in both");
                var belowDiagonal = p.Lat < 0.7 * p.Lon;
                if (belowDiagonal || (p.Lat > 0.7 * p.Lon && p.Lat < 1 - (0.3 * p.Lon)))
                {
                    Assert.True(inLeft || inRight, $"{p} is in neither");
                }
            }
        }
    }

    [Fact]
    public void Signed_area_is_positive_counter_clockwise_and_negative_clockwise()
    {
        Assert.Equal(4, Rings.SignedArea(Square), 12);
        Assert.Equal(-4, Rings.SignedArea([.. Square.Reverse()]), 12);
    }

    [Fact]
    public void Closed_needs_four_positions_and_the_first_repeated()
    {
        Assert.True(Rings.IsClosed(Square));
        Assert.False(Rings.IsClosed(Square[..4]));
        Assert.False(Rings.IsClosed([new(0, 0), new(1, 0), new(0, 0)]));
    }

    [Fact]
    public void A_bow_tie_or_a_spike_is_not_simple()
    {
        LonLat[] bowTie = [new(0, 0), new(2, 2), new(2, 0), new(0, 2), new(0, 0)];
        LonLat[] spike = [new(0, 0), new(2, 0), new(1, 0), new(1, 1), new(0, 0)];
        LonLat[] touching = [new(0, 0), new(4, 0), new(4, 4), new(2, 0), new(0, 4), new(0, 0)];

        Assert.True(Rings.IsSimple(Square));
        Assert.False(Rings.IsSimple(bowTie));
        Assert.False(Rings.IsSimple(spike));
        Assert.False(Rings.IsSimple(touching));
    }

    [Fact]
    public void Segments_intersect_when_crossing_touching_or_overlapping_only()
    {
        Assert.True(Segments.Intersect(new(0, 0), new(2, 2), new(0, 2), new(2, 0)));
        Assert.True(Segments.Intersect(new(0, 0), new(2, 0), new(1, 0), new(1, 1)));
        Assert.True(Segments.Intersect(new(0, 0), new(2, 0), new(1, 0), new(3, 0)));
        Assert.False(Segments.Intersect(new(0, 0), new(2, 0), new(3, 0), new(4, 0)));
        Assert.False(Segments.Intersect(new(0, 0), new(2, 2), new(0, 1), new(1, 2)));
    }

    [Fact]
    public void Bounding_box_is_the_extent_of_the_points()
    {
        var box = GeoBox.Around(Square);

        Assert.Equal(new GeoBox(0, 0, 2, 2), box);
        Assert.True(box.Contains(new(2, 1)));
        Assert.False(box.Contains(new(2.1, 1)));
        Assert.Throws<ArgumentException>(() => GeoBox.Around([]));
    }
}
