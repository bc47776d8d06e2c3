using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Contracts.Districts;

/// <summary>The whole city's live state, rolled up from its districts.</summary>
/// <param name="Summary">Its summary (kind city, key the city's GB/T 2260 code).</param>
/// <param name="Air">The city AQI: over all air stations of its districts.</param>
/// <param name="Stations">Its stations by state.</param>
/// <param name="Sources">Its outlets by state.</param>
/// <param name="OpenAlarms">The open alarms of all its stations and outlets.</param>
/// <param name="Districts">Its districts ranked by AQI, worst first (those without an AQI last).</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.CityLive")]
public sealed record CityLive(
    [property: Id(0)] TwinSummary Summary,
    [property: Id(1)] AreaAqiView Air,
    [property: Id(2)] AreaCounts Stations,
    [property: Id(3)] AreaCounts Sources,
    [property: Id(4)] int OpenAlarms,
    [property: Id(5)] ImmutableArray<MemberView> Districts);
