namespace EcoTwin.Domain.Time;

/// <summary>Local calendar days of a time zone, as UTC instants.</summary>
public static class LocalDays
{
    /// <summary>The instant the local day containing <paramref name="instant"/> began in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOf(DateTimeOffset instant, string zone) =>
        DeviceClock.ToUtc(DeviceClock.ToLocal(instant, zone).Date, zone);
}
