using System.Numerics;

namespace EcoTwin.Domain.Quality;

/// <summary>
/// The running hourly average of one factor from real-time (2011) or minute (2051) values, in
/// about 90 bytes and with no allocation per sample. Immutable: <see cref="Add"/> returns the next
/// state, and the record's members are the whole state, so a grain can persist it as it is.
/// </summary>
/// <remarks>
/// <para>Minutes. A sample belongs to minute m of the hour when its time is in
/// [HourStart + m min, HourStart + (m + 1) min): HJ 212 stamps real-time data with the moment of
/// sampling and minute data with the start of the minute, so both map the same way, and a sample
/// at exactly the next hour belongs to the next hour. A minute is valid when it has at least one
/// valid (N) sample; at a 30 s real-time interval a minute needs one of its two samples. The hour
/// is valid with at least <see cref="ValidityRules.MinValidMinutesPerHour"/> valid minutes.</para>
/// <para>Average. The mean of all valid samples. With a regular interval this equals the mean of
/// the minute means; keeping per-minute sums would cost 480 bytes per factor for no difference in
/// practice. Feed one stream per accumulator (real-time or minute data, not both).</para>
/// <para>Order. Samples must come in time order: a sample not later than the last one taken is
/// refused as <see cref="SampleOutcome.OutOfOrder"/>, so a device that re-sends a packet cannot
/// count twice. The caller counts refused samples; nothing is dropped silently.</para>
/// </remarks>
/// <param name="HourStart">The start of the hour (a whole hour on its own clock).</param>
/// <param name="Sum">The sum of the valid sample values.</param>
/// <param name="Min">The smallest valid value; meaningless while <paramref name="ValidSamples"/> is 0.</param>
/// <param name="Max">The largest valid value; meaningless while <paramref name="ValidSamples"/> is 0.</param>
/// <param name="ValidSamples">The number of valid (N) samples.</param>
/// <param name="InvalidSamples">The number of samples flagged other than N.</param>
/// <param name="ValidMinuteMask">Bit m is set when minute m has a valid sample (bits 0..59).</param>
/// <param name="InvalidFlags">The flags seen on invalid samples.</param>
/// <param name="LastSampleTime">The time of the last sample taken, valid or not; null before the first.</param>
public readonly record struct HourlyAccumulator(
    DateTimeOffset HourStart,
    double Sum,
    double Min,
    double Max,
    int ValidSamples,
    int InvalidSamples,
    ulong ValidMinuteMask,
    DataFlagSet InvalidFlags,
    DateTimeOffset? LastSampleTime)
{
    /// <summary>The number of valid minutes, 0..60.</summary>
    public int ValidMinutes => BitOperations.PopCount(ValidMinuteMask);

    /// <summary>True with at least 45 valid minutes.</summary>
    public bool IsValid => ValidMinutes >= ValidityRules.MinValidMinutesPerHour;

    /// <summary>The mean of the valid samples, or null when there is none.</summary>
    public double? Average => ValidSamples > 0 ? Sum / ValidSamples : null;

    /// <summary>The end of the hour (exclusive).</summary>
    public DateTimeOffset HourEnd => HourStart.AddHours(1);

    /// <summary>An empty accumulator for the hour starting at <paramref name="hourStart"/>.</summary>
    /// <exception cref="ArgumentException">The time is not a whole hour.</exception>
    public static HourlyAccumulator Start(DateTimeOffset hourStart)
    {
        if (hourStart.Ticks % TimeSpan.TicksPerHour != 0)
        {
            throw new ArgumentException($"An hour starts on a whole hour; got {hourStart:O}.", nameof(hourStart));
        }

        return new HourlyAccumulator(hourStart, 0, 0, 0, 0, 0, 0, DataFlagSet.Empty, null);
    }

    /// <summary>Takes one sample and returns the next state (this state when the sample is refused).</summary>
    /// <param name="time">The sample's time (real-time: moment of sampling; minute data: start of the minute).</param>
    /// <param name="value">The value; not used unless the flag is N.</param>
    /// <param name="flag">The sample's data flag.</param>
    /// <param name="outcome">What was done with the sample.</param>
    public HourlyAccumulator Add(DateTimeOffset time, double value, DataFlag flag, out SampleOutcome outcome)
    {
        var offset = time - HourStart;
        if (offset < TimeSpan.Zero || offset >= TimeSpan.FromHours(1))
        {
            outcome = SampleOutcome.OutsideInterval;
            return this;
        }

        if (LastSampleTime is { } last && time <= last)
        {
            outcome = SampleOutcome.OutOfOrder;
            return this;
        }

        if (!flag.IsValid())
        {
            outcome = SampleOutcome.AcceptedInvalid;
            return this with { InvalidSamples = InvalidSamples + 1, InvalidFlags = InvalidFlags.Add(flag), LastSampleTime = time };
        }

        if (!double.IsFinite(value))
        {
            outcome = SampleOutcome.NotFinite;
            return this;
        }

        var minute = (int)(offset.Ticks / TimeSpan.TicksPerMinute);
        var first = ValidSamples == 0;
        outcome = SampleOutcome.Accepted;
        return this with
        {
            Sum = Sum + value,
            Min = first ? value : Math.Min(Min, value),
            Max = first ? value : Math.Max(Max, value),
            ValidSamples = ValidSamples + 1,
            ValidMinuteMask = ValidMinuteMask | (1UL << minute),
            LastSampleTime = time,
        };
    }

    /// <summary>The hour as an <see cref="AveragedValue"/>: mean of valid samples, valid minutes, validity.</summary>
    public AveragedValue ToAveragedValue() => new(Average ?? double.NaN, ValidMinutes, IsValid);
}
