namespace EcoTwin.Domain.Sources;

/// <summary>A factor whose latest valid hourly average is outside its limit.</summary>
/// <param name="Factor">The factor code.</param>
/// <param name="HourStart">The hour (UTC start).</param>
/// <param name="Value">The hourly average compared (converted value where sent).</param>
/// <param name="Limit">The limit it broke.</param>
public sealed record Exceedance(string Factor, DateTimeOffset HourStart, double Value, EmissionLimit Limit);
