using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>The drawn city outline and district rings (in the order of <see cref="CityLayout.Districts"/>).</summary>
internal sealed record CityBorders(LonLat[] Outline, LonLat[][] DistrictRings);
