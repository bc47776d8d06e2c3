using EcoTwin.Client.Simulation;

namespace EcoTwin.Client.Tests.Simulation;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Empty_histogram_has_no_percentiles()
    {
        var histogram = new LatencyHistogram();

        Assert.Null(histogram.Percentile(50));
        Assert.Equal(0, histogram.Count);
    }

    [Fact]
    public void Percentiles_of_1_to_1000_ms_are_within_one_percent_by_nearest_rank()
    {
        var histogram = new LatencyHistogram();
        foreach (var ms in Enumerable.Range(1, 1000).Reverse())
        {
            histogram.Record(TimeSpan.FromMilliseconds(ms));
        }

        AssertNear(500, histogram.Percentile(50)!.Value.TotalMilliseconds);
        AssertNear(990, histogram.Percentile(99)!.Value.TotalMilliseconds);
        AssertNear(1000, histogram.Percentile(100)!.Value.TotalMilliseconds);
        AssertNear(1, histogram.Percentile(0.1)!.Value.TotalMilliseconds);
        Assert.Equal(TimeSpan.FromMilliseconds(1000), histogram.Max);
    }

    [Fact]
    public void Small_latencies_are_exact_and_one_slow_packet_shows_at_p99_only_when_it_is_more_than_one_percent()
    {
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 99; i++)
        {
            histogram.Record(TimeSpan.FromMicroseconds(100));
        }

        histogram.Record(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromMicroseconds(100), histogram.Percentile(50));
        Assert.Equal(TimeSpan.FromMicroseconds(100), histogram.Percentile(99));
        AssertNear(3000, histogram.Percentile(99.5)!.Value.TotalMilliseconds);
    }

    [Fact]
    public void Percentile_never_exceeds_the_largest_latency_and_negative_counts_as_zero()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromMilliseconds(-5));
        histogram.Record(TimeSpan.FromMilliseconds(1000.001));

        Assert.Equal(TimeSpan.Zero, histogram.Percentile(50));
        Assert.True(histogram.Percentile(100) <= histogram.Max);
    }

    [Fact]
    public void Concurrent_recording_counts_every_latency()
    {
        var histogram = new LatencyHistogram();

        Parallel.For(0, 100_000, i => histogram.Record(TimeSpan.FromMicroseconds(i % 5000)));

        Assert.Equal(100_000, histogram.Count);
        AssertNear(2.5, histogram.Percentile(50)!.Value.TotalMilliseconds);
    }

    private static void AssertNear(double expected, double actual) =>
        Assert.InRange(actual, expected * 0.99, expected * 1.01);
}
