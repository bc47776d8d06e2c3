using EcoTwin.Contracts.Twins;

namespace EcoTwin.Contracts.Districts;

/// <summary>What a district tells its city whenever its roll-up changes.</summary>
/// <param name="Code">The district's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Air">Its air stations' hourly sums (the city averages over all its stations).</param>
/// <param name="Member">The district as the city's ranking lists it.</param>
/// <param name="Stations">Its stations by state.</param>
/// <param name="Sources">Its outlets by state.</param>
/// <param name="Version">The district summary version it was made from; older ones are ignored.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.DistrictRollup")]
public sealed record DistrictRollup(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] AirSums Air,
    [property: Id(3)] MemberView Member,
    [property: Id(4)] AreaCounts Stations,
    [property: Id(5)] AreaCounts Sources,
    [property: Id(6)] long Version);
