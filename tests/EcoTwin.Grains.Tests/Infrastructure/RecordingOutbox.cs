using System.Collections.Concurrent;
using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>An outbox that keeps everything twins post, for assertions.</summary>
public sealed class RecordingOutbox : ITwinOutbox
{
    /// <summary>Readings posted.</summary>
    public ConcurrentQueue<ReadingRow> Readings { get; } = new();

    /// <summary>Alarm events posted.</summary>
    public ConcurrentQueue<TwinAlarmEvent> Alarms { get; } = new();

    /// <summary>Summaries posted.</summary>
    public ConcurrentQueue<TwinSummary> Summaries { get; } = new();

    /// <inheritdoc />
    public void PostReadings(IReadOnlyList<ReadingRow> rows)
    {
        foreach (var row in rows)
        {
            Readings.Enqueue(row);
        }
    }

    /// <inheritdoc />
    public void PostAlarms(IReadOnlyList<TwinAlarmEvent> events)
    {
        foreach (var e in events)
        {
            Alarms.Enqueue(e);
        }
    }

    /// <inheritdoc />
    public void PostSummary(TwinSummary summary) => Summaries.Enqueue(summary);

    /// <inheritdoc />
    public Task WhenWrittenAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Readings of one twin.</summary>
    public List<ReadingRow> ReadingsOf(string key) => [.. Readings.Where(r => r.Key == key)];

    /// <summary>Alarm events of one twin.</summary>
    public List<TwinAlarmEvent> AlarmsOf(string key) => [.. Alarms.Where(a => a.Key == key)];
}
