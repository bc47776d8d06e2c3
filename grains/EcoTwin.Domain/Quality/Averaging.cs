namespace EcoTwin.Domain.Quality;

/// <summary>
/// Averages over hourly values with the validity rules of <see cref="ValidityRules"/>. Only valid
/// hours (≥ 45 valid minutes) count; the others are kept by the caller and shown with their flag.
/// Hours are given oldest first; a missing hour is passed as <see cref="AveragedValue.Missing"/>.
/// </summary>
public static class Averaging
{
    /// <summary>
    /// The 24-hour (daily) average: the mean of the valid hourly values of the day, valid with at
    /// least 20 of them.
    /// </summary>
    /// <param name="hours">The day's hourly values, at most 24.</param>
    /// <exception cref="ArgumentException">More than 24 hours.</exception>
    public static AveragedValue Daily(ReadOnlySpan<AveragedValue> hours)
    {
        if (hours.Length > 24)
        {
            throw new ArgumentException($"A day has at most 24 hourly values; got {hours.Length}.", nameof(hours));
        }

        return MeanOfValid(hours, ValidityRules.MinValidHoursPerDay);
    }

    /// <summary>
    /// The 8-hour moving average ending with the last of <paramref name="hours"/> (HJ 663-2013: the
    /// value of hour X is the mean of hours X−7 .. X), valid with at least 6 valid hours.
    /// </summary>
    /// <param name="hours">Exactly 8 consecutive hourly values, oldest first.</param>
    /// <exception cref="ArgumentException">Not exactly 8 hours.</exception>
    public static AveragedValue EightHour(ReadOnlySpan<AveragedValue> hours)
    {
        if (hours.Length != 8)
        {
            throw new ArgumentException($"An 8-hour average takes exactly 8 hourly values; got {hours.Length}.", nameof(hours));
        }

        return MeanOfValid(hours, ValidityRules.MinValidHoursPerEightHours);
    }

    /// <summary>
    /// The daily maximum 8-hour average of O3: the largest valid value among the 17 8-hour moving
    /// averages that end at 08:00, 09:00 ... 24:00 (windows starting at hour 0 .. 16 of the day),
    /// valid with at least 14 valid 8-hour values. <see cref="AveragedValue.ValidCount"/> is the
    /// number of valid 8-hour values.
    /// </summary>
    /// <param name="dayHours">The day's 24 hourly values, hour 00:00-01:00 first.</param>
    /// <exception cref="ArgumentException">Not exactly 24 hours.</exception>
    public static AveragedValue DailyMaxEightHour(ReadOnlySpan<AveragedValue> dayHours)
    {
        if (dayHours.Length != 24)
        {
            throw new ArgumentException($"A daily maximum 8-hour average takes exactly 24 hourly values; got {dayHours.Length}.", nameof(dayHours));
        }

        var max = double.NaN;
        var valid = 0;
        for (var start = 0; start < ValidityRules.EightHourWindowsPerDay; start++)
        {
            var window = EightHour(dayHours.Slice(start, 8));
            if (window.IsValid)
            {
                valid++;
                max = double.IsNaN(max) ? window.Value : Math.Max(max, window.Value);
            }
        }

        return new AveragedValue(max, valid, valid >= ValidityRules.MinValidEightHourValuesPerDay);
    }

    private static AveragedValue MeanOfValid(ReadOnlySpan<AveragedValue> values, int required)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var value in values)
        {
            if (value.IsValid && double.IsFinite(value.Value))
            {
                sum += value.Value;
                count++;
            }
        }

        return new AveragedValue(count > 0 ? sum / count : double.NaN, count, count >= required);
    }
}
