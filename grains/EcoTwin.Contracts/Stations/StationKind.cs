namespace EcoTwin.Contracts.Stations;

/// <summary>What a monitoring station measures.</summary>
[GenerateSerializer, Alias("EcoTwin.StationKind")]
public enum StationKind
{
    /// <summary>Ambient air quality.</summary>
    Air = 0,

    /// <summary>Surface water quality.</summary>
    Water = 1,

    /// <summary>Acoustic environment (noise).</summary>
    Noise = 2,
}
