namespace EcoTwin.Contracts.Districts;

/// <summary>The master data of a district (county-level division).</summary>
/// <param name="Code">Its GB/T 2260 code (6 digits, county level), its key.</param>
/// <param name="Name">The Chinese name, e.g. 天宁区.</param>
/// <param name="NameEn">The English name, e.g. Tianning.</param>
/// <param name="Boundary">The boundary: GeoJSON Polygon or MultiPolygon text (WGS 84 lon/lat).</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.DistrictInfo")]
public sealed record DistrictInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string? NameEn,
    [property: Id(3)] string Boundary);
