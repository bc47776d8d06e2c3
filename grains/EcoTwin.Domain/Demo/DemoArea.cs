using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>An area of the offline base map; today a lake.</summary>
/// <param name="Kind"><see cref="DemoKinds.Lake"/>.</param>
/// <param name="NameZh">The Chinese name, e.g. 滆湖.</param>
/// <param name="Ring">The outline: a closed counter-clockwise ring inside one district.</param>
public sealed record DemoArea(string Kind, string NameZh, IReadOnlyList<LonLat> Ring);
