using EcoTwin.Client.Simulation;

namespace EcoTwin.Bench;

/// <summary>What the benchmark devices sent and got answered, with the answer latencies.</summary>
internal sealed class IngestCounters
{
    private long _sent;
    private long _acked;

    public long SentCount => Interlocked.Read(ref _sent);

    public long AckedCount => Interlocked.Read(ref _acked);

    public LatencyHistogram Latency { get; } = new();

    public void Sent() => Interlocked.Increment(ref _sent);

    public void Acked(TimeSpan latency)
    {
        Latency.Record(latency);
        Interlocked.Increment(ref _acked);
    }
}
