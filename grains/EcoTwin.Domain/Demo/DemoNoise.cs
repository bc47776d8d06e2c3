namespace EcoTwin.Domain.Demo;

/// <summary>
/// Stateless pseudo-random functions of (key, time) for the demo readings: the same key and time
/// always give the same value, and values change smoothly with time.
/// </summary>
internal static class DemoNoise
{
    /// <summary>A key for one seed, one subject (a device code, "city") and one purpose.</summary>
    public static ulong Key(int seed, string subject, string purpose) =>
        DemoRandom.Mix(unchecked((ulong)seed) ^ DemoRandom.Hash(subject) ^ DemoRandom.Mix(DemoRandom.Hash(purpose)));

    /// <summary>A constant in [0, 1) for a key.</summary>
    public static double Unit(ulong key) => DemoRandom.ToUnit(DemoRandom.Mix(key));

    /// <summary>A constant in [0, 1) for a key and a step (an hour, a day...).</summary>
    public static double Unit(ulong key, long step) => DemoRandom.ToUnit(DemoRandom.Mix(key ^ DemoRandom.Mix(unchecked((ulong)step))));

    /// <summary>
    /// Smooth value noise in [-1, 1]: random values at multiples of <paramref name="periodHours"/>,
    /// eased (smoothstep) in between.
    /// </summary>
    public static double Smooth(ulong key, double hours, double periodHours)
    {
        var x = hours / periodHours;
        var step = Math.Floor(x);
        var f = x - step;
        var a = (2 * Unit(key, (long)step)) - 1;
        var b = (2 * Unit(key, (long)step + 1)) - 1;
        return a + ((b - a) * f * f * (3 - (2 * f)));
    }

    /// <summary>A bell of height 1 around <paramref name="centre"/> o'clock, wrapping around midnight.</summary>
    public static double Bump(double hourOfDay, double centre, double widthHours)
    {
        var d = Math.Abs(hourOfDay - centre) % 24;
        d = Math.Min(d, 24 - d);
        return Math.Exp(-0.5 * (d / widthHours) * (d / widthHours));
    }

    /// <summary>A constant in [<paramref name="min"/>, <paramref name="max"/>) for a key.</summary>
    public static double Between(ulong key, double min, double max) => min + ((max - min) * Unit(key));
}
