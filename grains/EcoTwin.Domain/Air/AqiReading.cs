namespace EcoTwin.Domain.Air;

/// <summary>An AQI as a twin keeps and shows it: for one hour (real-time) or one day.</summary>
/// <param name="Period">The start of the hour or of the local day (UTC instant).</param>
/// <param name="Aqi">The index; null when nothing could be indexed.</param>
/// <param name="Level">1-6; null with <paramref name="Aqi"/>.</param>
/// <param name="Primary">The primary pollutants' display names (empty when AQI ≤ 50).</param>
public sealed record AqiReading(DateTimeOffset Period, int? Aqi, int? Level, string[] Primary)
{
    /// <summary>Keeps what a twin shows of a calculator result.</summary>
    public static AqiReading Of(DateTimeOffset period, AqiResult result) =>
        new(period, result.Aqi, result.Level, [.. result.PrimaryNames]);
}
