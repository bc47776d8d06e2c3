namespace EcoTwin.Domain.Demo;

/// <summary>A planned line of the base map: kind, name and control points (km) of a gentle curve.</summary>
internal sealed record LinePlan(string Kind, string NameZh, Km[] Points);
