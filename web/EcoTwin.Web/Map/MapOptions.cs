namespace EcoTwin.Web.Map;

/// <summary>The map's base layers (configuration section <c>EcoTwin:Map</c>).</summary>
public sealed class MapOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "EcoTwin:Map";

    /// <summary>A raster tile URL template (e.g. the bureau's Tianditu or OSM server: <c>https://tiles.example/{z}/{x}/{y}.png</c>); null draws the vector base map.</summary>
    public string? TileUrl { get; set; }

    /// <summary>The attribution shown with the tiles.</summary>
    public string? Attribution { get; set; }

    /// <summary>A GeoJSON FeatureCollection of water and roads to draw; null uses the demo city's.</summary>
    public string? BasemapFile { get; set; }

    /// <summary>The initial centre [lon, lat]; null centres on the demo city.</summary>
    public double[]? Center { get; set; }

    /// <summary>The initial zoom.</summary>
    public double Zoom { get; set; } = 9.5;
}
