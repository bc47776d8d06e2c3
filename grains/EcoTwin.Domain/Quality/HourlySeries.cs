namespace EcoTwin.Domain.Quality;

/// <summary>
/// The last hours of one factor's hourly values in a fixed ring (24 hours = 384 bytes of values),
/// keyed by hour so that gaps read back as <see cref="AveragedValue.Missing"/> rather than
/// shifting the window. Feeds the 8-hour moving average, the daily average and the daily
/// maximum 8-hour average.
/// </summary>
public sealed class HourlySeries
{
    private readonly AveragedValue[] _slots;
    private long _latestHour;

    /// <summary>An empty series keeping <paramref name="capacity"/> hours (8 to 168; 24 covers a day).</summary>
    public HourlySeries(int capacity = 24)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, 168);
        _slots = new AveragedValue[capacity];
        _slots.AsSpan().Fill(AveragedValue.Missing);
    }

    /// <summary>The number of hours kept.</summary>
    public int Capacity => _slots.Length;

    /// <summary>The start of the newest hour set, or null while empty.</summary>
    public DateTimeOffset? LatestHourStart { get; private set; }

    /// <summary>
    /// Sets the value of an hour. A newer hour moves the window on (hours skipped become missing);
    /// an hour older than the window is refused.
    /// </summary>
    /// <returns>False when the hour is older than the window and was not kept.</returns>
    public bool Set(DateTimeOffset hourStart, AveragedValue value)
    {
        var hour = HourNumber(hourStart);
        if (LatestHourStart is null || hour - _latestHour >= Capacity)
        {
            _slots.AsSpan().Fill(AveragedValue.Missing);
            (_latestHour, LatestHourStart) = (hour, hourStart);
        }
        else if (hour > _latestHour)
        {
            for (var h = _latestHour + 1; h < hour; h++)
            {
                _slots[Index(h)] = AveragedValue.Missing;
            }

            (_latestHour, LatestHourStart) = (hour, hourStart);
        }
        else if (_latestHour - hour >= Capacity)
        {
            return false;
        }

        _slots[Index(hour)] = value;
        return true;
    }

    /// <summary>The value of an hour, or <see cref="AveragedValue.Missing"/> when not in the window.</summary>
    public AveragedValue Get(DateTimeOffset hourStart)
    {
        var hour = HourNumber(hourStart);
        return LatestHourStart is not null && hour <= _latestHour && _latestHour - hour < Capacity
            ? _slots[Index(hour)]
            : AveragedValue.Missing;
    }

    /// <summary>Copies consecutive hours from <paramref name="firstHourStart"/> on, oldest first.</summary>
    public void CopyTo(DateTimeOffset firstHourStart, Span<AveragedValue> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Get(firstHourStart.AddHours(i));
        }
    }

    /// <summary>The 8-hour moving average of the 8 hours ending with the hour starting at <paramref name="lastHourStart"/>.</summary>
    public AveragedValue EightHourAverage(DateTimeOffset lastHourStart)
    {
        Span<AveragedValue> window = stackalloc AveragedValue[8];
        CopyTo(lastHourStart.AddHours(-7), window);
        return Averaging.EightHour(window);
    }

    /// <summary>The daily average of the 24 hours from <paramref name="dayStart"/> (local midnight).</summary>
    public AveragedValue DailyAverage(DateTimeOffset dayStart)
    {
        Span<AveragedValue> day = stackalloc AveragedValue[24];
        CopyTo(dayStart, day);
        return Averaging.Daily(day);
    }

    /// <summary>The daily maximum 8-hour average of the day from <paramref name="dayStart"/> (local midnight).</summary>
    public AveragedValue DailyMaxEightHour(DateTimeOffset dayStart)
    {
        Span<AveragedValue> day = stackalloc AveragedValue[24];
        CopyTo(dayStart, day);
        return Averaging.DailyMaxEightHour(day);
    }

    /// <summary>The window, oldest first, ending with <see cref="LatestHourStart"/> (for persistence).</summary>
    public AveragedValue[] ToArray()
    {
        var values = new AveragedValue[Capacity];
        for (var i = 0; i < Capacity; i++)
        {
            values[i] = _slots[Index(_latestHour - Capacity + 1 + i)];
        }

        return values;
    }

    /// <summary>Rebuilds a series from <see cref="ToArray"/> and <see cref="LatestHourStart"/>.</summary>
    public static HourlySeries Restore(DateTimeOffset latestHourStart, ReadOnlySpan<AveragedValue> oldestFirst, int capacity = 24)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldestFirst.Length, capacity);
        var series = new HourlySeries(capacity);
        for (var i = 0; i < oldestFirst.Length; i++)
        {
            series.Set(latestHourStart.AddHours(i - oldestFirst.Length + 1), oldestFirst[i]);
        }

        return series;
    }

    private int Index(long hour) => (int)(((hour % Capacity) + Capacity) % Capacity);

    private static long HourNumber(DateTimeOffset hourStart)
    {
        if (hourStart.Ticks % TimeSpan.TicksPerHour != 0)
        {
            throw new ArgumentException($"An hour starts on a whole hour; got {hourStart:O}.", nameof(hourStart));
        }

        return hourStart.UtcTicks / TimeSpan.TicksPerHour;
    }
}
