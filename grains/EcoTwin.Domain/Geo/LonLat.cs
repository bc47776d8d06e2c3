namespace EcoTwin.Domain.Geo;

/// <summary>A WGS 84 position in degrees: longitude (east positive) and latitude (north positive).</summary>
/// <param name="Lon">Longitude in degrees.</param>
/// <param name="Lat">Latitude in degrees.</param>
public readonly record struct LonLat(double Lon, double Lat);
