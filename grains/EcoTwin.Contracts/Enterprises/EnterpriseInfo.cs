using EcoTwin.Contracts.Geo;

namespace EcoTwin.Contracts.Enterprises;

/// <summary>The master data of an enterprise (a regulated emitter).</summary>
/// <param name="Code">Its unified social credit code (GB 32100, 18 characters), its key.</param>
/// <param name="Name">The registered name.</param>
/// <param name="Industry">The industry (e.g. chemical, power, textile-dyeing).</param>
/// <param name="Address">The street address.</param>
/// <param name="Location">Where the site is.</param>
/// <param name="DistrictCode">The GB/T 2260 code of its district.</param>
/// <param name="LegalRepresentative">The legal representative, when known.</param>
/// <param name="Contact">A contact (person and telephone), when known.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.EnterpriseInfo")]
public sealed record EnterpriseInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Industry,
    [property: Id(3)] string Address,
    [property: Id(4)] GeoPoint Location,
    [property: Id(5)] string DistrictCode,
    [property: Id(6)] string? LegalRepresentative = null,
    [property: Id(7)] string? Contact = null);
