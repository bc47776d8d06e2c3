namespace EcoTwin.Domain.Geo;

/// <summary>Planar tests on straight segments, treating longitude and latitude as x and y.</summary>
public static class Segments
{
    /// <summary>
    /// True when the closed segments a1-a2 and b1-b2 share at least one point: they cross, touch
    /// (an end on the other segment) or overlap (collinear).
    /// </summary>
    public static bool Intersect(LonLat a1, LonLat a2, LonLat b1, LonLat b2)
    {
        var d1 = Orientation(b1, b2, a1);
        var d2 = Orientation(b1, b2, a2);
        var d3 = Orientation(a1, a2, b1);
        var d4 = Orientation(a1, a2, b2);

        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        {
            return true;
        }

        return (d1 == 0 && OnSegment(b1, b2, a1))
            || (d2 == 0 && OnSegment(b1, b2, a2))
            || (d3 == 0 && OnSegment(a1, a2, b1))
            || (d4 == 0 && OnSegment(a1, a2, b2));
    }

    /// <summary>
    /// The cross product (b − a) × (c − a): positive when a, b, c turn counter-clockwise,
    /// negative when clockwise, zero when collinear.
    /// </summary>
    public static double Orientation(LonLat a, LonLat b, LonLat c) =>
        ((b.Lon - a.Lon) * (c.Lat - a.Lat)) - ((b.Lat - a.Lat) * (c.Lon - a.Lon));

    // c is collinear with a-b; is it within the segment's box?
    private static bool OnSegment(LonLat a, LonLat b, LonLat c) =>
        c.Lon >= Math.Min(a.Lon, b.Lon) && c.Lon <= Math.Max(a.Lon, b.Lon)
        && c.Lat >= Math.Min(a.Lat, b.Lat) && c.Lat <= Math.Max(a.Lat, b.Lat);
}
