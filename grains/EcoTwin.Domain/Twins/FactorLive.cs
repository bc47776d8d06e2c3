using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Twins;

/// <summary>
/// The live state of one factor of a twin: the latest value and flag, the hour being built from
/// real-time or minute data, and the last 24 finished hourly values (with their converted and
/// cumulative companions when the device sends them). Hourly values the device uploads (2061)
/// win over the twin's own average of the same hour. Applying the same sample twice changes nothing.
/// </summary>
public sealed class FactorLive(string code)
{
    /// <summary>The factor code.</summary>
    public string Code { get; } = code;

    /// <summary>The latest value, whatever its flag.</summary>
    public double? Latest { get; private set; }

    /// <summary>The latest converted (Zs) value, when the device sends one.</summary>
    public double? LatestConverted { get; private set; }

    /// <summary>The latest value's flag.</summary>
    public DataFlag LatestFlag { get; private set; } = DataFlag.Normal;

    /// <summary>When the latest value was measured (UTC).</summary>
    public DateTimeOffset? LatestAt { get; private set; }

    /// <summary>True once minute data (2051) arrives: from then on it, not real-time data, builds the hours.</summary>
    public bool MinuteFed { get; private set; }

    /// <summary>The hour being built, if any.</summary>
    public HourlyAccumulator? Building { get; private set; }

    /// <summary>The converted (Zs) hour being built, if the device sends converted values.</summary>
    public HourlyAccumulator? BuildingConverted { get; private set; }

    /// <summary>Finished hourly averages.</summary>
    public HourlySeries Hours { get; private set; } = new();

    /// <summary>Finished hourly converted averages, when the device sends converted values.</summary>
    public HourlySeries? ConvertedHours { get; private set; }

    /// <summary>Cumulative amounts per hour (Cou of hourly uploads), when the device sends them.</summary>
    public HourlySeries? CumulativeHours { get; private set; }

    /// <summary>Samples refused as late, repeated or outside their interval (counted, not applied).</summary>
    public long Refused { get; private set; }

    /// <summary>Applies one sample; returns the start of each hour that got a new value.</summary>
    public IReadOnlyList<DateTimeOffset> Apply(FactorSample sample)
    {
        switch (sample.Kind)
        {
            case SampleKind.RealTime or SampleKind.Minute:
                return ApplyReading(sample);
            case SampleKind.Hour:
                ApplyHour(sample);
                return [sample.Time];
            default:
                return [];
        }
    }

    /// <summary>Finishes the hour being built when <paramref name="now"/> is past its end plus <paramref name="grace"/>.</summary>
    public IReadOnlyList<DateTimeOffset> CloseIfDue(DateTimeOffset now, TimeSpan grace)
    {
        if (Building is not { } building || now < building.HourEnd + grace)
        {
            return [];
        }

        Close();
        return [building.HourStart];
    }

    /// <summary>Restores a factor from its checkpoint.</summary>
    public static FactorLive Restore(FactorCheckpoint checkpoint) => FactorCheckpoints.Restore(checkpoint);

    /// <summary>The state to checkpoint.</summary>
    public FactorCheckpoint ToCheckpoint() => FactorCheckpoints.Take(this);

    internal void Load(FactorCheckpoint c)
    {
        (Latest, LatestConverted, LatestFlag, LatestAt, MinuteFed) = (c.Latest, c.LatestConverted, c.LatestFlag, c.LatestAt, c.MinuteFed);
        (Building, BuildingConverted, Refused) = (c.Building, c.BuildingConverted, c.Refused);
        Hours = FactorCheckpoints.Series(c.Hours) ?? new HourlySeries();
        ConvertedHours = FactorCheckpoints.Series(c.ConvertedHours);
        CumulativeHours = FactorCheckpoints.Series(c.CumulativeHours);
    }

    private IReadOnlyList<DateTimeOffset> ApplyReading(FactorSample sample)
    {
        if (LatestAt is null || sample.Time >= LatestAt)
        {
            (Latest, LatestConverted, LatestFlag, LatestAt) = (sample.Value, sample.Converted, sample.Flag, sample.Time);
        }

        MinuteFed |= sample.Kind == SampleKind.Minute;
        if (MinuteFed && sample.Kind == SampleKind.RealTime)
        {
            return []; // one stream per hour: minute data builds it
        }

        var hourStart = HourOf(sample.Time);
        var closed = new List<DateTimeOffset>(1);
        if (Building is { } building && hourStart > building.HourStart)
        {
            Close();
            closed.Add(building.HourStart);
        }
        else if (Building is { } current && hourStart < current.HourStart)
        {
            Refused++;
            return closed; // a sample of an hour already finished
        }

        Building = Add(Building ?? HourlyAccumulator.Start(hourStart), sample.Time, sample.Value, sample.Flag, count: true);
        if (sample.Converted is not null || BuildingConverted is not null)
        {
            BuildingConverted = Add(BuildingConverted is { } c && c.HourStart == hourStart ? c : HourlyAccumulator.Start(hourStart),
                sample.Time, sample.Converted, sample.Flag, count: false);
        }

        return closed;
    }

    private HourlyAccumulator Add(HourlyAccumulator accumulator, DateTimeOffset time, double? value, DataFlag flag, bool count)
    {
        if (value is null && flag.IsValid())
        {
            return accumulator; // nothing measured: neither valid nor flagged
        }

        var next = accumulator.Add(time, value ?? double.NaN, flag, out var outcome);
        if (count && outcome is SampleOutcome.OutOfOrder or SampleOutcome.OutsideInterval or SampleOutcome.NotFinite)
        {
            Refused++;
        }

        return next;
    }

    private void ApplyHour(FactorSample sample)
    {
        if (LatestAt is null || sample.Time > LatestAt)
        {
            // A device that uploads only hourly data shows its hourly values as its latest.
            (Latest, LatestConverted, LatestFlag, LatestAt) = (sample.Value, sample.Converted, sample.Flag, sample.Time);
        }

        var valid = sample.Flag.IsValid() && sample.Value is not null;
        Hours.Set(sample.Time, new AveragedValue(sample.Value ?? double.NaN, valid ? 60 : 0, valid));
        if (sample.Converted is { } converted)
        {
            (ConvertedHours ??= new HourlySeries()).Set(sample.Time, new AveragedValue(converted, valid ? 60 : 0, valid));
        }

        if (sample.Cumulative is { } cumulative)
        {
            (CumulativeHours ??= new HourlySeries()).Set(sample.Time, new AveragedValue(cumulative, 1, true));
        }
    }

    private void Close()
    {
        var building = Building!.Value;
        if (!Hours.Get(building.HourStart).IsValid)
        {
            Hours.Set(building.HourStart, building.ToAveragedValue());
        }

        if (BuildingConverted is { } converted && converted.HourStart == building.HourStart &&
            !(ConvertedHours?.Get(converted.HourStart).IsValid ?? false))
        {
            (ConvertedHours ??= new HourlySeries()).Set(converted.HourStart, converted.ToAveragedValue());
        }

        Building = null;
        BuildingConverted = null;
    }

    private static DateTimeOffset HourOf(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
}
