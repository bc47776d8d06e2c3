using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Changes;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>Records what twins post and, as the silo's outbox does, feeds summaries to the change feed (and so to the roll-ups).</summary>
public sealed class FeedingOutbox(RecordingOutbox recording, TwinChangeFeed feed) : ITwinOutbox
{
    /// <inheritdoc />
    public void PostReadings(IReadOnlyList<ReadingRow> rows) => recording.PostReadings(rows);

    /// <inheritdoc />
    public void PostAlarms(IReadOnlyList<TwinAlarmEvent> events) => recording.PostAlarms(events);

    /// <inheritdoc />
    public void PostSummary(TwinSummary summary)
    {
        recording.PostSummary(summary);
        feed.Publish(summary);
    }

    /// <inheritdoc />
    public Task WhenWrittenAsync(CancellationToken cancellationToken = default) => recording.WhenWrittenAsync(cancellationToken);
}
