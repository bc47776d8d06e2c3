namespace EcoTwin.Client.Import;

/// <summary>What an import file holds.</summary>
public enum ImportKind
{
    /// <summary>Stations (CSV).</summary>
    Stations,

    /// <summary>Outlets (CSV).</summary>
    Sources,

    /// <summary>Enterprises (CSV).</summary>
    Enterprises,

    /// <summary>Districts (a GeoJSON FeatureCollection).</summary>
    Districts,
}
