using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Twins;

/// <summary>
/// Where twins put what they produce for others: readings history, alarm events and summaries.
/// Posting never waits; the silo writes them behind (PostgreSQL) and pushes summaries to the web.
/// </summary>
public interface ITwinOutbox
{
    /// <summary>Queues readings history rows.</summary>
    void PostReadings(IReadOnlyList<ReadingRow> rows);

    /// <summary>Queues alarm events.</summary>
    void PostAlarms(IReadOnlyList<TwinAlarmEvent> events);

    /// <summary>Queues a changed summary (coalesced: only the newest per twin is kept until written).</summary>
    void PostSummary(TwinSummary summary);

    /// <summary>Completes when everything posted before the call is written (a twin waits for it before a checkpoint).</summary>
    Task WhenWrittenAsync(CancellationToken cancellationToken = default);
}
