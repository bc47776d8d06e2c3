using System.Collections.Concurrent;

namespace EcoTwin.Domain.Time;

/// <summary>Converts the local times devices send (HJ 212 DataTime) to UTC, by IANA time zone.</summary>
public static class DeviceClock
{
    /// <summary>The zone of the city by default.</summary>
    public const string DefaultZone = "Asia/Shanghai";

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>The instant of <paramref name="local"/> on a clock in <paramref name="zone"/>.</summary>
    /// <exception cref="TimeZoneNotFoundException">The zone is unknown.</exception>
    public static DateTimeOffset ToUtc(DateTime local, string zone)
    {
        var info = Zones.GetOrAdd(zone, TimeZoneInfo.FindSystemTimeZoneById);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, info.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>The local wall-clock time of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, string zone) =>
        TimeZoneInfo.ConvertTime(instant, Zones.GetOrAdd(zone, TimeZoneInfo.FindSystemTimeZoneById)).DateTime;
}
