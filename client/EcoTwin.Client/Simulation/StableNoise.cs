namespace EcoTwin.Client.Simulation;

/// <summary>Seeded hashing that gives the same numbers on every platform and run (SplitMix64, FNV-1a).</summary>
internal static class StableNoise
{
    private const double UnitScale = 1.0 / (1UL << 53);

    /// <summary>A key for one (seed, subject, purpose), e.g. (seed, MN, "silence").</summary>
    public static ulong Key(int seed, string subject, string purpose) =>
        Mix(Mix(unchecked((ulong)seed)) ^ Hash(subject) ^ Mix(Hash(purpose)));

    /// <summary>A uniform number in [0, 1) for <paramref name="key"/> at step <paramref name="step"/> (a time window).</summary>
    public static double Unit(ulong key, long step) => (Mix(key ^ Mix(unchecked((ulong)step))) >> 11) * UnitScale;

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    private static ulong Hash(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            h = unchecked((h ^ c) * 0x100000001B3UL);
        }

        return h;
    }
}
