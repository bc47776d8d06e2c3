namespace EcoTwin.Domain.Codes;

/// <summary>What a monitoring factor is measured in. One code can serve two media (a21026 SO2: ambient air and flue gas).</summary>
public enum FactorMedium
{
    /// <summary>Ambient air quality (ST 22).</summary>
    AmbientAir,

    /// <summary>Meteorological parameters at an air quality station.</summary>
    Meteorological,

    /// <summary>Flue gas of an air pollution source (ST 31).</summary>
    FlueGas,

    /// <summary>Water: wastewater outlets (ST 32) and surface water quality (ST 21).</summary>
    Water,

    /// <summary>Noise (ST 23, 36).</summary>
    Noise,
}
