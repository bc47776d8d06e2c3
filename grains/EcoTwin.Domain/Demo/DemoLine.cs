using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>A line of the offline base map: a river, canal, lake shore or road.</summary>
/// <param name="Kind">
/// One of <see cref="DemoKinds.River"/>, <see cref="DemoKinds.Canal"/>,
/// <see cref="DemoKinds.LakeShore"/> (a closed ring repeating a lake's outline),
/// <see cref="DemoKinds.Expressway"/>, <see cref="DemoKinds.Arterial"/>.
/// </param>
/// <param name="NameZh">The Chinese name, e.g. 京杭大运河.</param>
/// <param name="Coordinates">The positions along the line, inside the city outline.</param>
public sealed record DemoLine(string Kind, string NameZh, IReadOnlyList<LonLat> Coordinates);
