using System.Collections.Immutable;
using EcoTwin.Contracts.Geo;

namespace EcoTwin.Contracts.Sources;

/// <summary>The master data of a discharge outlet (pollution source).</summary>
/// <param name="Mn">The outlet's device MN, its key.</param>
/// <param name="EnterpriseCode">The unified social credit code of the enterprise it belongs to.</param>
/// <param name="Name">The display name.</param>
/// <param name="Medium">water or gas.</param>
/// <param name="Location">Where it stands.</param>
/// <param name="DistrictCode">The GB/T 2260 code of its district.</param>
/// <param name="Factors">The monitored factor codes.</param>
/// <param name="Limits">Emission limits by factor code (from its permit).</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.SourceInfo")]
public sealed record SourceInfo(
    [property: Id(0)] string Mn,
    [property: Id(1)] string EnterpriseCode,
    [property: Id(2)] string Name,
    [property: Id(3)] string Medium,
    [property: Id(4)] GeoPoint Location,
    [property: Id(5)] string DistrictCode,
    [property: Id(6)] ImmutableArray<string> Factors,
    [property: Id(7)] ImmutableDictionary<string, LimitRange> Limits)
{
    /// <summary>True when <paramref name="other"/> holds the same master data (factors and limits compared by content).</summary>
    public bool SameAs(SourceInfo? other) =>
        other is not null && Bare(this) == Bare(other)
        && Factors.AsSpan().SequenceEqual(other.Factors.AsSpan())
        && Limits.Count == other.Limits.Count && Limits.All(pair => other.Limits.TryGetValue(pair.Key, out var limit) && limit == pair.Value);

    private static SourceInfo Bare(SourceInfo info) =>
        info with { Factors = ImmutableArray<string>.Empty, Limits = ImmutableDictionary<string, LimitRange>.Empty };
}
