using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>A district (county-level division) of the demo city.</summary>
/// <param name="Code">The GB/T 2260 division code, e.g. "320402".</param>
/// <param name="NameZh">The Chinese name, e.g. 天宁区.</param>
/// <param name="NameEn">The English name, e.g. Tianning.</param>
/// <param name="Polygon">
/// The boundary: a closed counter-clockwise ring (first position equals last). Neighbouring
/// districts share the very same vertices along their common border, so the districts tile the
/// city outline without gaps or overlaps.
/// </param>
public sealed record DemoDistrict(string Code, string NameZh, string NameEn, IReadOnlyList<LonLat> Polygon);
