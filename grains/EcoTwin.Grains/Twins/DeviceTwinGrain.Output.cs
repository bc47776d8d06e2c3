using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Alarms;
using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Text;
using EcoTwin.Domain.Time;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Grains.Twins;

/// <summary>What a device-fed twin publishes: readings history, alarms, its summary and its view.</summary>
public abstract partial class DeviceTwinGrain<TState>
{
    /// <summary>Flag of an average without enough valid data (HJ 818: H, insufficient).</summary>
    private const char InsufficientFlag = 'H';

    /// <inheritdoc />
    public Task<DeviceTwinView> GetViewAsync(CancellationToken cancellationToken = default)
    {
        Evaluate(); // the view reflects the clock too (a device that just went silent shows offline)
        return Task.FromResult(BuildView(_published!));
    }

    /// <summary>Builds the live view around <paramref name="summary"/>.</summary>
    protected abstract DeviceTwinView BuildView(TwinSummary summary);

    /// <summary>The open alarms as views.</summary>
    protected ImmutableArray<AlarmView> AlarmViews() =>
        [.. State.OpenAlarms.Select(a => new AlarmView(a.Id, a.Cause, a.RaisedAt, a.LastSeenAt, a.Detail, a.Repeats))];

    /// <summary>The latest value of every factor that has one.</summary>
    protected ImmutableDictionary<string, double> LatestValues() =>
        Factors.ByCode.Values.Where(f => f.Latest is not null).ToImmutableDictionary(f => f.Code, f => f.Latest!.Value);

    /// <summary>Recomputes state and alarms, and publishes the summary and alarm events when they changed.</summary>
    protected void Evaluate()
    {
        var online = Online;
        var now = Env.Time.GetUtcNow();
        var book = new AlarmBook($"{KindName}/{Key}", State.OpenAlarms);
        var events = book.Reconcile(PresentCauses(online), _ => true, now);
        State.OpenAlarms = [.. book.Open.Values]; // repeats and last-seen times change without events
        if (events.Count > 0)
        {
            _dirty = true;
            var district = Describe(online).DistrictCode;
            Env.Outbox.PostAlarms([.. events.Select(e => new TwinAlarmEvent(Kind, Key, district, e))]);
            _postedSinceCheckpoint = true;
        }

        var summary = Describe(online);
        if (_published is null || !TwinSummaries.SameContent(_published, summary))
        {
            State.SummaryVersion = Math.Max(State.SummaryVersion + 1, now.UtcTicks);
            summary = summary with { Version = State.SummaryVersion };
            _published = summary;
            _dirty = true;
            Env.Outbox.PostSummary(summary);
        }
    }

    private string KindName => LowerName.Of(Kind);

    private void PostReadings(IReadOnlyList<FactorSample> samples, IReadOnlyList<DateTimeOffset> finishedHours)
    {
        var rows = new List<ReadingRow>(samples.Count + (finishedHours.Count * Factors.ByCode.Count));
        foreach (var sample in samples)
        {
            var interval = sample.Kind switch
            {
                SampleKind.RealTime or SampleKind.Minute => ReadingInterval.Raw,
                SampleKind.Day => ReadingInterval.Day,
                _ => (ReadingInterval?)null, // hourly uploads are written as finished hours below
            };
            if (interval is { } kind)
            {
                rows.Add(new ReadingRow(Kind, Key, sample.Code, kind, sample.Time, sample.Value, sample.Flag.Letter(), sample.Flag.IsValid() && sample.Value is not null));
            }
        }

        foreach (var hour in finishedHours)
        {
            foreach (var factor in Factors.ByCode.Values)
            {
                AddAverage(rows, factor.Code, ReadingInterval.Hour, hour, factor.Hours.Get(hour));
            }

            var nextHour = hour.AddHours(1);
            if (LocalDays.StartOf(nextHour, Env.Options.TimeZone) == nextHour)
            {
                var dayStart = LocalDays.StartOf(hour, Env.Options.TimeZone);
                foreach (var factor in Factors.ByCode.Values)
                {
                    AddAverage(rows, factor.Code, ReadingInterval.Day, dayStart, factor.Hours.DailyAverage(dayStart));
                }
            }
        }

        if (rows.Count > 0)
        {
            Env.Outbox.PostReadings(rows);
            _postedSinceCheckpoint = true;
        }
    }

    private void AddAverage(List<ReadingRow> rows, string factor, ReadingInterval interval, DateTimeOffset time, AveragedValue value)
    {
        if (value.HasValue || value.ValidCount > 0)
        {
            rows.Add(new ReadingRow(Kind, Key, factor, interval, time, value.HasValue ? value.Value : null,
                value.IsValid ? DataFlag.Normal.Letter() : InsufficientFlag, value.IsValid));
        }
    }
}
