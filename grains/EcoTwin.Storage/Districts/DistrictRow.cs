namespace EcoTwin.Storage.Districts;

/// <summary>One row of the districts table.</summary>
/// <param name="Code">The GB/T 2260 code.</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="Boundary">GeoJSON Polygon or MultiPolygon text.</param>
public sealed record DistrictRow(string Code, string Name, string? NameEn, string Boundary);
