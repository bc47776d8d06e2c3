using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>
/// Draws every border of <see cref="CityLayout"/> once, damps borders that would cross a
/// neighbour, and assembles the district rings and the city outline from the shared borders, so
/// neighbours have identical vertices along their common border.
/// </summary>
internal static class BorderBuilder
{
    private const int MaxDampingRounds = 8;

    public static CityBorders Build(DemoRandom random)
    {
        var outlineEdges = new HashSet<string>(StringComparer.Ordinal);
        ForEachEdge(CityLayout.Outline, (a, b) => outlineEdges.Add(Key(a, b)));

        var edges = new List<BorderEdge>();
        var byKey = new Dictionary<string, BorderEdge>(StringComparer.Ordinal);
        foreach (var district in CityLayout.Districts)
        {
            ForEachEdge(district.Ring, (a, b) =>
            {
                var key = Key(a, b);
                if (!byKey.ContainsKey(key))
                {
                    var (from, to) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                    var edge = new BorderEdge(from, to, outlineEdges.Contains(key), random);
                    byKey.Add(key, edge);
                    edges.Add(edge);
                }
            });
        }

        DampCrossings(edges);

        var drawn = new Dictionary<string, LonLat[]>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            drawn.Add(Key(edge.From, edge.To), [.. edge.Points().Select(LocalFrame.ToLonLat)]);
        }

        var rings = CityLayout.Districts.Select(d => Assemble(d.Ring, drawn)).ToArray();
        return new CityBorders(Assemble(CityLayout.Outline, drawn), rings);
    }

    private static void DampCrossings(List<BorderEdge> edges)
    {
        for (var round = 0; round <= MaxDampingRounds; round++)
        {
            var points = edges.Select(e => e.Points()).ToArray();
            var crossing = new bool[edges.Count];
            var any = false;
            for (var i = 0; i < edges.Count; i++)
            {
                for (var j = i + 1; j < edges.Count; j++)
                {
                    if (Cross(points[i], points[j]))
                    {
                        crossing[i] = crossing[j] = any = true;
                    }
                }
            }

            if (!any)
            {
                return;
            }

            for (var i = 0; i < edges.Count; i++)
            {
                if (crossing[i])
                {
                    edges[i].Scale = round == MaxDampingRounds ? 0 : edges[i].Scale / 2;
                }
            }
        }
    }

    // Two borders conflict when any of their segments meet, except at a junction node they share.
    private static bool Cross(Km[] p, Km[] q)
    {
        for (var i = 0; i + 1 < p.Length; i++)
        {
            for (var j = 0; j + 1 < q.Length; j++)
            {
                var sharesNode = p[i] == q[j] || p[i] == q[j + 1] || p[i + 1] == q[j] || p[i + 1] == q[j + 1];
                if (!sharesNode && Segments.Intersect(AsPoint(p[i]), AsPoint(p[i + 1]), AsPoint(q[j]), AsPoint(q[j + 1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static LonLat AsPoint(Km p) => new(p.X, p.Y);

    private static LonLat[] Assemble(string[] ring, Dictionary<string, LonLat[]> drawn)
    {
        var result = new List<LonLat>();
        ForEachEdge(ring, (a, b) =>
        {
            var line = drawn[Key(a, b)];
            var forward = string.CompareOrdinal(a, b) < 0;
            for (var i = 0; i + 1 < line.Length; i++)
            {
                result.Add(forward ? line[i] : line[line.Length - 1 - i]);
            }
        });
        result.Add(result[0]);
        return [.. result];
    }

    private static void ForEachEdge(string[] ring, Action<string, string> action)
    {
        for (var i = 0; i < ring.Length; i++)
        {
            action(ring[i], ring[(i + 1) % ring.Length]);
        }
    }

    private static string Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}|{b}" : $"{b}|{a}";
}
