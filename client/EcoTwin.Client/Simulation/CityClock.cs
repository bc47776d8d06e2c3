using EcoTwin.Domain.Demo;

namespace EcoTwin.Client.Simulation;

/// <summary>The demo city's wall clock: devices write QN and DataTime in local time (UTC+8, no daylight saving).</summary>
internal static class CityClock
{
    private static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The city's local time at <paramref name="utc"/>, without offset (as a device writes it).</summary>
    public static DateTime Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone).DateTime;

    /// <summary>A local city time as an instant (for the demo value model).</summary>
    public static DateTimeOffset Instant(DateTime local) => new(local, Zone.GetUtcOffset(local));

    private static TimeZoneInfo FindZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(DemoCity.TimeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone(DemoCity.TimeZoneId, TimeSpan.FromHours(8), DemoCity.TimeZoneId, DemoCity.TimeZoneId);
}
