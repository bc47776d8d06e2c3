namespace EcoTwin.Domain.Air;

/// <summary>
/// The inputs of the real-time (hourly) AQI: the 1-hour averages of the six pollutants
/// (null when missing or invalid), in μg/m³ except CO in mg/m³.
/// </summary>
/// <param name="So2">SO2 1-hour average; above 800 it is not indexed and <paramref name="So2Avg24h"/> is used.</param>
/// <param name="No2">NO2 1-hour average.</param>
/// <param name="Pm10">PM10 1-hour average (indexed on the 24 h breakpoints).</param>
/// <param name="Co">CO 1-hour average, mg/m³.</param>
/// <param name="O3">O3 1-hour average.</param>
/// <param name="Pm25">PM2.5 1-hour average (indexed on the 24 h breakpoints).</param>
/// <param name="So2Avg24h">
/// SO2 24-hour (moving) average, used only when the SO2 1-hour average exceeds 800 (HJ 633-2012
/// table 1 note); ignored otherwise.
/// </param>
public sealed record RealTimeConcentrations(
    decimal? So2 = null,
    decimal? No2 = null,
    decimal? Pm10 = null,
    decimal? Co = null,
    decimal? O3 = null,
    decimal? Pm25 = null,
    decimal? So2Avg24h = null);
