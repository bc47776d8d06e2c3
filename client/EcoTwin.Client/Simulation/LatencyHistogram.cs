using System.Numerics;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// Latencies in microseconds, counted in log-linear buckets (exact below 128 µs, then 64 buckets
/// per power of two, so a percentile is within 0.8 % of the true value) without keeping every
/// sample. Recording is lock-free and may run on many threads while percentiles are read.
/// </summary>
public sealed class LatencyHistogram
{
    private const int Exact = 128;
    private const int SubBuckets = 64;
    private const int MaxShift = 40;
    private readonly long[] _counts = new long[Exact + (MaxShift * SubBuckets)];
    private long _count;
    private long _max;

    /// <summary>How many latencies were recorded.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>The largest latency recorded (exact).</summary>
    public TimeSpan Max => TimeSpan.FromMicroseconds(Interlocked.Read(ref _max));

    /// <summary>Records one latency (negative values count as zero).</summary>
    public void Record(TimeSpan latency)
    {
        var micros = Math.Max(0, latency.Ticks / TimeSpan.TicksPerMicrosecond);
        Interlocked.Increment(ref _counts[IndexOf(micros)]);
        Interlocked.Increment(ref _count);
        var max = Interlocked.Read(ref _max);
        while (micros > max)
        {
            var seen = Interlocked.CompareExchange(ref _max, micros, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    /// <summary>
    /// The latency that <paramref name="percent"/> % of the recorded ones do not exceed (nearest rank,
    /// reported as the middle of its bucket, never above <see cref="Max"/>); null when nothing was recorded.
    /// </summary>
    public TimeSpan? Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var count = Count;
        if (count == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(percent / 100 * count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= rank)
            {
                var (low, width) = BucketOf(i);
                return TimeSpan.FromMicroseconds(Math.Min(low + (width / 2), Interlocked.Read(ref _max)));
            }
        }

        return Max;
    }

    private static int IndexOf(long micros)
    {
        if (micros < Exact)
        {
            return (int)micros;
        }

        var shift = Math.Min(BitOperations.Log2((ulong)micros) - 6, MaxShift);
        var top = Math.Min(micros >> shift, (2 * SubBuckets) - 1);
        return Exact + ((shift - 1) * SubBuckets) + (int)(top - SubBuckets);
    }

    private static (long Low, long Width) BucketOf(int index)
    {
        if (index < Exact)
        {
            return (index, 0);
        }

        var shift = ((index - Exact) / SubBuckets) + 1;
        var top = ((index - Exact) % SubBuckets) + SubBuckets;
        return ((long)top << shift, 1L << shift);
    }
}
