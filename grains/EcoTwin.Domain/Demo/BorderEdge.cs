namespace EcoTwin.Domain.Demo;

/// <summary>
/// One border between two layout nodes, drawn once from <see cref="From"/> to <see cref="To"/>
/// and shared by the districts on either side. Its wiggle is a smooth bulge plus an S-curve plus
/// small per-vertex jitter, all offsets perpendicular to the chord, so the line never folds back
/// on itself; <see cref="Scale"/> damps it where it would cross a neighbouring border.
/// </summary>
internal sealed class BorderEdge
{
    private const double CoreSpacingKm = 2.0;
    private const double InnerSpacingKm = 2.3;
    private const double OuterSpacingKm = 2.6;
    private const int MinSegments = 4;

    // Peak of t(1-t)(1-2t) on [0, 1] is 1/(6 sqrt 3); this normalises the S-curve to 1.
    private const double SCurveNorm = 10.392304845413264;

    private readonly double _bulge;
    private readonly double _sCurve;
    private readonly double[] _jitter;

    public BorderEdge(string from, string to, bool onOutline, DemoRandom random)
    {
        From = from;
        To = to;
        var length = (CityLayout.Node(to) - CityLayout.Node(from)).Length;
        var spacing = onOutline ? OuterSpacingKm : CityLayout.IsCore(from) && CityLayout.IsCore(to) ? CoreSpacingKm : InnerSpacingKm;
        var segments = Math.Max(MinSegments, (int)Math.Ceiling(length / spacing));
        var roughness = onOutline ? 1.2 : 1.0;
        _bulge = random.Range(-0.09, 0.09) * roughness;
        _sCurve = random.Range(-0.04, 0.04) * roughness;
        _jitter = new double[segments - 1];
        for (var i = 0; i < _jitter.Length; i++)
        {
            _jitter[i] = random.Range(-0.22, 0.22) * roughness;
        }
    }

    public string From { get; }

    public string To { get; }

    public double Scale { get; set; } = 1.0;

    /// <summary>The vertices from <see cref="From"/> to <see cref="To"/>, both nodes included.</summary>
    public Km[] Points()
    {
        var a = CityLayout.Node(From);
        var chord = CityLayout.Node(To) - a;
        var length = chord.Length;
        var normal = new Km(-chord.Y / length, chord.X / length);
        var segments = _jitter.Length + 1;
        var points = new Km[segments + 1];
        points[0] = a;
        points[segments] = CityLayout.Node(To);
        for (var i = 1; i < segments; i++)
        {
            var t = (double)i / segments;
            var bump = 4 * t * (1 - t);
            var sCurve = SCurveNorm * t * (1 - t) * (1 - (2 * t));
            var offset = Scale * length * ((_bulge * bump) + (_sCurve * sCurve) + (_jitter[i - 1] / segments));
            points[i] = a + (chord * t) + (normal * offset);
        }

        return points;
    }
}
