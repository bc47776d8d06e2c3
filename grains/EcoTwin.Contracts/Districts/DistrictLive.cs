using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Contracts.Districts;

/// <summary>A district's live state, rolled up from the stations and outlets inside its boundary.</summary>
/// <param name="Summary">Its summary (AQI, open alarms; placed at the polygon's centroid).</param>
/// <param name="Air">The district AQI and average concentrations.</param>
/// <param name="Stations">Its stations by state.</param>
/// <param name="Sources">Its outlets by state.</param>
/// <param name="OpenAlarms">The open alarms of its stations and outlets.</param>
/// <param name="StationsByAqi">Its air stations with an AQI, worst first.</param>
/// <param name="SourcesByStatus">Its outlets that are not normal, worst first (exceeding and offline first).</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.DistrictLive")]
public sealed record DistrictLive(
    [property: Id(0)] TwinSummary Summary,
    [property: Id(1)] AreaAqiView Air,
    [property: Id(2)] AreaCounts Stations,
    [property: Id(3)] AreaCounts Sources,
    [property: Id(4)] int OpenAlarms,
    [property: Id(5)] ImmutableArray<MemberView> StationsByAqi,
    [property: Id(6)] ImmutableArray<MemberView> SourcesByStatus);
