namespace EcoTwin.Domain.Twins;

/// <summary>The state a twin shows on the map, worst first.</summary>
public enum TwinState
{
    /// <summary>Data flows and nothing is wrong.</summary>
    Normal = 0,

    /// <summary>Under maintenance or calibration (M, C flags).</summary>
    Maintenance = 1,

    /// <summary>The equipment reports a fault (D flag).</summary>
    Fault = 2,

    /// <summary>A factor exceeds its limit.</summary>
    Exceeding = 3,

    /// <summary>No data for the configured number of upload intervals.</summary>
    Offline = 4,
}
