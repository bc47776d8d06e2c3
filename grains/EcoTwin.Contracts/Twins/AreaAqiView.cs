using System.Collections.Immutable;

namespace EcoTwin.Contracts.Twins;

/// <summary>
/// The hourly air quality of an area (district, city): the AQI of the area-average concentrations
/// of its air stations' valid hourly values of one hour.
/// </summary>
/// <param name="Aqi">The AQI of the hour; null when no station has a valid hour.</param>
/// <param name="Concentrations">The area averages by factor code (μg/m³, CO mg/m³).</param>
/// <param name="Stations">How many stations the averages are over (the most of any pollutant).</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.AreaAqiView")]
public sealed record AreaAqiView(
    [property: Id(0)] AqiView? Aqi,
    [property: Id(1)] ImmutableDictionary<string, double> Concentrations,
    [property: Id(2)] int Stations)
{
    /// <summary>No air data.</summary>
    public static AreaAqiView None { get; } = new(null, ImmutableDictionary<string, double>.Empty, 0);
}
