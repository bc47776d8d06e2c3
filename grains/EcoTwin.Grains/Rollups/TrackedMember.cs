using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Air;

namespace EcoTwin.Grains.Rollups;

/// <summary>What a roll-up (enterprise, district) keeps of one member twin.</summary>
/// <param name="View">Its state in one line.</param>
/// <param name="Version">The version of the summary it was taken from; older summaries are ignored.</param>
/// <param name="Lon">Its longitude.</param>
/// <param name="Lat">Its latitude.</param>
/// <param name="DistrictCode">The district code it was registered with.</param>
/// <param name="Hours">An air station's latest valid hourly values (read from the station).</param>
/// <param name="HoursReadAt">When <paramref name="Hours"/> were read.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.TrackedMember")]
public sealed record TrackedMember(
    [property: Id(0)] MemberView View,
    [property: Id(1)] long Version,
    [property: Id(2)] double? Lon = null,
    [property: Id(3)] double? Lat = null,
    [property: Id(4)] string? DistrictCode = null,
    [property: Id(5)] ImmutableArray<StationHourValue> Hours = default,
    [property: Id(6)] DateTimeOffset? HoursReadAt = null)
{
    /// <summary>The member as of <paramref name="summary"/>, keeping what was read from the station before.</summary>
    public static TrackedMember Of(TwinSummary summary, TrackedMember? before) => new(
        MemberView.Of(summary), summary.Version, summary.Lon, summary.Lat, summary.DistrictCode,
        before?.Hours ?? [], before?.HoursReadAt);

    /// <summary>True when it shows the same as <paramref name="other"/> (the version aside).</summary>
    public bool SameAs(TrackedMember? other) =>
        other is not null && View.SameAs(other.View) && Lon == other.Lon && Lat == other.Lat && DistrictCode == other.DistrictCode
        && Hours.AsSpan().SequenceEqual(other.Hours.AsSpan()) && HoursReadAt == other.HoursReadAt;
}
