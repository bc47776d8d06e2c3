using System.Diagnostics.Metrics;

namespace EcoTwin.Storage.RawLog;

/// <summary>The raw log's meters (meter <c>EcoTwin.RawLog</c>).</summary>
public sealed class RawLogMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "EcoTwin.RawLog";

    private readonly Counter<long> _committed;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _failed;
    private readonly Histogram<double> _commitLatency;
    private readonly Histogram<int> _batchSize;

    /// <summary>Creates the instruments on <paramref name="meters"/>.</summary>
    public RawLogMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _committed = meter.CreateCounter<long>("ecotwin.rawlog.committed", "{packet}", "Packets committed to the raw log");
        _duplicates = meter.CreateCounter<long>("ecotwin.rawlog.duplicates", "{packet}", "Resent packets found already stored");
        _failed = meter.CreateCounter<long>("ecotwin.rawlog.failed", "{packet}", "Packets whose commit failed (not acknowledged)");
        _commitLatency = meter.CreateHistogram<double>("ecotwin.rawlog.commit.duration", "ms", "Time of one group commit");
        _batchSize = meter.CreateHistogram<int>("ecotwin.rawlog.batch.size", "{packet}", "Packets per group commit");
    }

    internal void Committed(int count, int duplicates, TimeSpan elapsed)
    {
        _committed.Add(count - duplicates);
        _duplicates.Add(duplicates);
        _commitLatency.Record(elapsed.TotalMilliseconds);
        _batchSize.Record(count);
    }

    internal void Failed(int count) => _failed.Add(count);
}
