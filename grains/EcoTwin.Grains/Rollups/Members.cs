using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Rollups;

/// <summary>Orders and summarises roll-up members.</summary>
public static class Members
{
    /// <summary>The worst state of <paramref name="members"/> (normal when there are none).</summary>
    public static TwinStatus Worst(IEnumerable<MemberView> members) =>
        members.Select(m => m.Status).DefaultIfEmpty(TwinStatus.Normal).Max();

    /// <summary>Worst state first, then most open alarms, then by key.</summary>
    public static ImmutableArray<MemberView> ByStatus(IEnumerable<MemberView> members) =>
        [.. members.OrderByDescending(m => m.Status).ThenByDescending(m => m.OpenAlarms).ThenBy(m => m.Key, StringComparer.Ordinal)];

    /// <summary>Those with an AQI, highest first, then by key.</summary>
    public static ImmutableArray<MemberView> ByAqi(IEnumerable<MemberView> members) =>
        [.. members.Where(m => m.Aqi is not null).OrderByDescending(m => m.Aqi).ThenBy(m => m.Key, StringComparer.Ordinal)];

    /// <summary>The next summary version: above the last, and at least the clock's ticks (as device twins do).</summary>
    public static long NextVersion(long last, DateTimeOffset now) => Math.Max(last + 1, now.UtcTicks);
}
