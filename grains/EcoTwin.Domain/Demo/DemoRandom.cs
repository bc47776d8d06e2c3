namespace EcoTwin.Domain.Demo;

/// <summary>
/// SplitMix64: a small, fast, seeded generator whose sequence is fixed by its seed on every
/// platform (unlike <see cref="Random"/>, whose algorithm may change between runtimes).
/// </summary>
internal sealed class DemoRandom(ulong state)
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _state = state;

    /// <summary>An independent stream for one stage of the generation, so stages do not disturb each other.</summary>
    public static DemoRandom For(int seed, string stage) => new(Mix(unchecked((ulong)seed) ^ Hash(stage)));

    /// <summary>The SplitMix64 finaliser: a well-spread 64-bit hash of <paramref name="z"/>.</summary>
    public static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a of the UTF-16 code units of <paramref name="text"/>, stable across processes.</summary>
    public static ulong Hash(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            h = unchecked((h ^ c) * 0x100000001B3UL);
        }

        return h;
    }

    /// <summary>A uniform double in [0, 1) from a 64-bit value.</summary>
    public static double ToUnit(ulong bits) => (bits >> 11) * UnitScale;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return Mix(_state);
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => ToUnit(NextBits());

    /// <summary>A uniform double in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Range(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>A uniform integer in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextBits() % (ulong)count);

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>] (both included).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A uniformly chosen item.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index chosen with probability proportional to its weight.</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var r = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>A standard normal value (Box-Muller, one of the pair).</summary>
    public double Gaussian()
    {
        var u = 1.0 - NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * NextDouble());
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher-Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
