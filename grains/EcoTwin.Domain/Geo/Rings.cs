namespace EcoTwin.Domain.Geo;

/// <summary>
/// Plain functions on polygon rings: closed lists of positions whose first and last entries are
/// equal. Longitude and latitude are treated as planar x and y, which is exact enough for
/// containment at city scale.
/// </summary>
public static class Rings
{
    /// <summary>True when the ring has at least four positions and its last equals its first.</summary>
    public static bool IsClosed(IReadOnlyList<LonLat> ring) => ring.Count >= 4 && ring[0] == ring[^1];

    /// <summary>
    /// True when <paramref name="point"/> lies inside the ring (ray casting, even-odd rule).
    /// Each edge is evaluated in a canonical direction, so two rings that share an edge with the
    /// same vertices never both claim (or both miss) a point beside it.
    /// </summary>
    public static bool Contains(IReadOnlyList<LonLat> ring, LonLat point)
    {
        var inside = false;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            var (a, b) = ring[i].Lat <= ring[i + 1].Lat ? (ring[i], ring[i + 1]) : (ring[i + 1], ring[i]);
            if (a.Lat <= point.Lat && point.Lat < b.Lat)
            {
                var x = a.Lon + ((point.Lat - a.Lat) * (b.Lon - a.Lon) / (b.Lat - a.Lat));
                if (point.Lon < x)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    /// <summary>The signed area in square degrees: positive for a counter-clockwise ring.</summary>
    public static double SignedArea(IReadOnlyList<LonLat> ring)
    {
        var twice = 0.0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            twice += (ring[i].Lon * ring[i + 1].Lat) - (ring[i + 1].Lon * ring[i].Lat);
        }

        return twice / 2;
    }

    /// <summary>
    /// True when no two edges of the closed ring share a point other than the vertex between
    /// neighbouring edges: no crossing, touching or repeated vertex. Quadratic; for tests and
    /// imports, not hot paths.
    /// </summary>
    public static bool IsSimple(IReadOnlyList<LonLat> ring)
    {
        var edges = ring.Count - 1;
        for (var i = 0; i < edges; i++)
        {
            for (var j = i + 1; j < edges; j++)
            {
                var neighbours = j == i + 1 || (i == 0 && j == edges - 1);
                if (neighbours)
                {
                    // Neighbours share one vertex; they must not fold back onto each other.
                    var shared = j == i + 1 ? ring[j] : ring[i];
                    var other = j == i + 1 ? ring[j + 1] : ring[j];
                    var mine = j == i + 1 ? ring[i] : ring[i + 1];
                    if (Segments.Orientation(mine, shared, other) == 0 && Dot(mine, shared, other) >= 0)
                    {
                        return false;
                    }
                }
                else if (Segments.Intersect(ring[i], ring[i + 1], ring[j], ring[j + 1]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // (a - s) · (c - s): non-negative when c lies back along the direction of a from s.
    private static double Dot(LonLat a, LonLat s, LonLat c) =>
        ((a.Lon - s.Lon) * (c.Lon - s.Lon)) + ((a.Lat - s.Lat) * (c.Lat - s.Lat));
}
