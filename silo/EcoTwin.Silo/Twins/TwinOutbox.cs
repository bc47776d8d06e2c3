using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Text;
using EcoTwin.Grains.Cases;
using EcoTwin.Grains.Changes;
using EcoTwin.Grains.Twins;
using EcoTwin.Storage.Alarms;
using EcoTwin.Storage.Readings;
using EcoTwin.Storage.Twins;

namespace EcoTwin.Silo.Twins;

/// <summary>Where twins' output goes in a silo: readings, alarms and summaries to PostgreSQL, summaries also to the live feed.</summary>
public sealed class TwinOutbox(ReadingsWriter readings, AlarmWriter alarms, SummaryWriter summaries, TwinChangeFeed feed, ICaseIntake cases) : ITwinOutbox
{
    /// <inheritdoc />
    public void PostReadings(IReadOnlyList<ReadingRow> rows) => readings.Post(rows.Select(r => new ReadingRecord(
        KindName(r.Kind), r.Key, r.Factor, LowerName.Of(r.Interval), r.Time, r.Value, r.Flag, r.Valid)));

    /// <inheritdoc />
    public void PostAlarms(IReadOnlyList<TwinAlarmEvent> events)
    {
        alarms.Post(events.Select(e => new AlarmRecord(
            e.Event.Id, KindName(e.Kind), e.Key, e.DistrictCode, e.Event.Cause,
            e.Event.RaisedAt, e.Event.Raised ? null : e.Event.At, e.Event.Detail)));
        cases.Post(events); // the case routers take them off this path
    }

    /// <inheritdoc />
    public void PostSummary(TwinSummary summary)
    {
        summaries.Post([new SummaryRecord(
            KindName(summary.Kind), summary.Key, summary.Name, summary.SubKind, summary.DistrictCode, summary.Lon, summary.Lat,
            LowerName.Of(summary.Status), summary.Aqi, summary.AqiLevel, [.. summary.Primary], summary.Values,
            summary.LastHeardAt, summary.OpenAlarms, summary.Version, summary.Parent)]);
        feed.Publish(summary);
    }

    /// <inheritdoc />
    public Task WhenWrittenAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(readings.FlushAsync(cancellationToken), alarms.FlushAsync(cancellationToken), summaries.FlushAsync(cancellationToken));

    private static string KindName(TwinKind kind) => LowerName.Of(kind);
}
