namespace EcoTwin.Domain.Demo;

/// <summary>A planned lake: an irregular ellipse around a centre (km) with the given radii (km).</summary>
internal sealed record LakePlan(string NameZh, Km Centre, double RadiusX, double RadiusY);
