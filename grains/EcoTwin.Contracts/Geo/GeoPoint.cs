namespace EcoTwin.Contracts.Geo;

/// <summary>A WGS 84 position: longitude and latitude in degrees.</summary>
[GenerateSerializer, Immutable, Alias("EcoTwin.GeoPoint")]
public sealed record GeoPoint([property: Id(0)] double Lon, [property: Id(1)] double Lat);
