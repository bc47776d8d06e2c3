namespace EcoTwin.Client.Import;

/// <summary>The file is not one the import knows (no known CSV header, not a GeoJSON FeatureCollection).</summary>
public sealed class ImportFormatException(string message) : Exception(message);
