namespace EcoTwin.Domain.Air;

/// <summary>A station's latest valid hourly average of one factor.</summary>
/// <param name="Factor">The HJ 212 factor code (a34004 = PM2.5, ...).</param>
/// <param name="HourStart">The hour it averages (UTC start).</param>
/// <param name="Value">The average, μg/m³ (CO mg/m³).</param>
public sealed record StationHourValue(string Factor, DateTimeOffset HourStart, double Value);
