using System.Collections.Immutable;
using EcoTwin.Contracts.Geo;

namespace EcoTwin.Contracts.Stations;

/// <summary>The master data of a monitoring station.</summary>
/// <param name="Code">The station code; for HJ 212 stations the device MN.</param>
/// <param name="Name">The display name.</param>
/// <param name="Kind">What the station measures.</param>
/// <param name="Location">Where it stands.</param>
/// <param name="DistrictCode">The GB/T 2260 code of its district (6 digits).</param>
/// <param name="Factors">The HJ 212 factor codes it monitors (e.g. a34004 for PM2.5).</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.StationInfo")]
public sealed record StationInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] StationKind Kind,
    [property: Id(3)] GeoPoint Location,
    [property: Id(4)] string DistrictCode,
    [property: Id(5)] ImmutableArray<string> Factors)
{
    /// <summary>True when <paramref name="other"/> holds the same master data (factors compared by content).</summary>
    public bool SameAs(StationInfo? other) =>
        other is not null && (this with { Factors = ImmutableArray<string>.Empty }) == (other with { Factors = ImmutableArray<string>.Empty })
        && Factors.AsSpan().SequenceEqual(other.Factors.AsSpan());
}
