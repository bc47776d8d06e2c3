using System.Collections.Immutable;
using EcoTwin.Domain.Air;

namespace EcoTwin.Contracts.Districts;

/// <summary>An area's hourly concentration sums (<see cref="AreaConcentrations"/>) as grains pass them on.</summary>
/// <param name="Period">The hour (UTC start); null when there is none.</param>
/// <param name="Sums">The sum of the stations' values per factor code.</param>
/// <param name="Counts">How many stations gave a value per factor code.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.AirSums")]
public sealed record AirSums(
    [property: Id(0)] DateTimeOffset? Period,
    [property: Id(1)] ImmutableDictionary<string, double> Sums,
    [property: Id(2)] ImmutableDictionary<string, int> Counts)
{
    /// <summary>The sums of <paramref name="air"/>.</summary>
    public static AirSums Of(AreaConcentrations air) => new(
        air.Period, air.Sums.ToImmutableDictionary(p => p.Key, p => p.Value.Sum), air.Sums.ToImmutableDictionary(p => p.Key, p => p.Value.Count));

    /// <summary>Back to concentrations.</summary>
    public AreaConcentrations ToConcentrations() =>
        new(Period, Sums.ToDictionary(p => p.Key, p => new PollutantSum(p.Value, Counts[p.Key]), StringComparer.Ordinal));
}
