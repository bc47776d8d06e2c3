using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>
/// Draws the planned lakes and lines: lakes as irregular ellipses, lines as Catmull-Rom curves
/// through slightly moved control points, each cut to its longest stretch well inside the outline.
/// </summary>
internal static class FeatureBuilder
{
    private const int LakeVertices = 40;
    private const double SampleSpacingKm = 0.8;
    private const double OutlineMarginKm = 0.3;
    private const double ControlJitterKm = 0.5;

    public static DemoArea[] Lakes(DemoRandom random) =>
        [.. CityFeatures.Lakes.Select(plan => new DemoArea(DemoKinds.Lake, plan.NameZh, [.. LakeRing(plan, random)]))];

    public static DemoLine[] Lines(DemoRandom random, IReadOnlyList<LonLat> outline, IEnumerable<LinePlan> plans) =>
        [.. plans.Select(plan => new DemoLine(plan.Kind, plan.NameZh, [.. Clip(Curve(plan.Points, random), outline)]))];

    private static LonLat[] LakeRing(LakePlan plan, DemoRandom random)
    {
        // A few low harmonics make the shore irregular but keep it star-shaped, hence simple.
        var (a2, a3, a5) = (random.Range(0.03, 0.08), random.Range(0.02, 0.06), random.Range(0.01, 0.03));
        var (p2, p3, p5) = (random.Range(0, 2 * Math.PI), random.Range(0, 2 * Math.PI), random.Range(0, 2 * Math.PI));
        var ring = new LonLat[LakeVertices + 1];
        for (var k = 0; k < LakeVertices; k++)
        {
            var theta = 2 * Math.PI * k / LakeVertices;
            var r = 1 + (a2 * Math.Cos((2 * theta) + p2)) + (a3 * Math.Cos((3 * theta) + p3)) + (a5 * Math.Cos((5 * theta) + p5));
            ring[k] = LocalFrame.ToLonLat(plan.Centre + new Km(plan.RadiusX * r * Math.Cos(theta), plan.RadiusY * r * Math.Sin(theta)));
        }

        ring[LakeVertices] = ring[0];
        return ring;
    }

    private static List<Km> Curve(Km[] control, DemoRandom random)
    {
        var p = control.Select((c, i) => i == 0 || i == control.Length - 1
            ? c
            : c + new Km(random.Range(-ControlJitterKm, ControlJitterKm), random.Range(-ControlJitterKm, ControlJitterKm))).ToArray();
        var points = new List<Km> { p[0] };
        for (var i = 0; i + 1 < p.Length; i++)
        {
            var p0 = i == 0 ? p[0] + (p[0] - p[1]) : p[i - 1];
            var p3 = i + 2 == p.Length ? p[i + 1] + (p[i + 1] - p[i]) : p[i + 2];
            var samples = Math.Max(2, (int)Math.Ceiling((p[i + 1] - p[i]).Length / SampleSpacingKm));
            for (var s = 1; s <= samples; s++)
            {
                points.Add(CatmullRom(p0, p[i], p[i + 1], p3, (double)s / samples));
            }
        }

        return points;
    }

    private static Km CatmullRom(Km p0, Km p1, Km p2, Km p3, double t)
    {
        var t2 = t * t;
        var t3 = t2 * t;
        return ((p1 * 2) + ((p2 - p0) * t) + (((p0 * 2) - (p1 * 5) + (p2 * 4) - p3) * t2) + ((p1 * 3) - p0 - (p2 * 3) + p3) * t3) * 0.5;
    }

    // The longest run of vertices well inside the outline whose segments do not cross it.
    private static LonLat[] Clip(List<Km> curve, IReadOnlyList<LonLat> outline)
    {
        var points = curve.Select(LocalFrame.ToLonLat).ToArray();
        var good = curve.Select((p, i) => Rings.Contains(outline, points[i]) && LocalFrame.DistanceToRing(p, outline) >= OutlineMarginKm).ToArray();
        int bestStart = 0, bestLength = 0, start = 0;
        for (var i = 0; i < points.Length; i++)
        {
            var continues = good[i] && i > start && good[i - 1] && !CrossesRing(points[i - 1], points[i], outline);
            if (!continues)
            {
                start = i;
            }

            if (good[i] && i - start + 1 > bestLength)
            {
                (bestStart, bestLength) = (start, i - start + 1);
            }
        }

        return points[bestStart..(bestStart + bestLength)];
    }

    private static bool CrossesRing(LonLat a, LonLat b, IReadOnlyList<LonLat> ring)
    {
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            if (Segments.Intersect(a, b, ring[i], ring[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
