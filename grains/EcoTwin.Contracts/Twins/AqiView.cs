using System.Collections.Immutable;

namespace EcoTwin.Contracts.Twins;

/// <summary>An AQI of an hour or a day.</summary>
/// <param name="Period">The hour or local day it covers (UTC start).</param>
/// <param name="Aqi">The index.</param>
/// <param name="Level">The level 1-6.</param>
/// <param name="Primary">The primary pollutants.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.AqiView")]
public sealed record AqiView(
    [property: Id(0)] DateTimeOffset Period,
    [property: Id(1)] int? Aqi,
    [property: Id(2)] int? Level,
    [property: Id(3)] ImmutableArray<string> Primary);
