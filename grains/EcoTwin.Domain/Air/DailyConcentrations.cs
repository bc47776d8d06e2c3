namespace EcoTwin.Domain.Air;

/// <summary>
/// The inputs of the daily AQI (日报): the 24-hour averages of SO2, NO2, PM10, CO and PM2.5, the
/// day's maximum O3 1-hour average and maximum O3 8-hour moving average (null when missing or
/// invalid), in μg/m³ except CO in mg/m³.
/// </summary>
/// <param name="So2">SO2 24-hour average.</param>
/// <param name="No2">NO2 24-hour average.</param>
/// <param name="Pm10">PM10 24-hour average.</param>
/// <param name="Co">CO 24-hour average, mg/m³.</param>
/// <param name="O3Max1h">The day's maximum O3 1-hour average.</param>
/// <param name="O3Max8h">The day's maximum O3 8-hour moving average; above 800 not indexed (the 1 h value is used).</param>
/// <param name="Pm25">PM2.5 24-hour average.</param>
public sealed record DailyConcentrations(
    decimal? So2 = null,
    decimal? No2 = null,
    decimal? Pm10 = null,
    decimal? Co = null,
    decimal? O3Max1h = null,
    decimal? O3Max8h = null,
    decimal? Pm25 = null);
