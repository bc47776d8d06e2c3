namespace EcoTwin.Client.Simulation;

/// <summary>The run's counters, updated from the pacing loop and every connection's receive loop.</summary>
internal sealed class SimulationCounters
{
    private long _sent;
    private long _acked;
    private long _retried;
    private long _rejected;
    private long _reconnects;

    public long Sent => Interlocked.Read(ref _sent);

    public long Acked => Interlocked.Read(ref _acked);

    public long Retried => Interlocked.Read(ref _retried);

    public long Rejected => Interlocked.Read(ref _rejected);

    public long Reconnects => Interlocked.Read(ref _reconnects);

    public LatencyHistogram Latency { get; } = new();

    public void AddSent() => Interlocked.Increment(ref _sent);

    public void AddAcked(TimeSpan latency)
    {
        Latency.Record(latency);
        Interlocked.Increment(ref _acked);
    }

    public void AddRetried(int count) => Interlocked.Add(ref _retried, count);

    public void AddRejected(int count) => Interlocked.Add(ref _rejected, count);

    public void AddReconnect() => Interlocked.Increment(ref _reconnects);
}
