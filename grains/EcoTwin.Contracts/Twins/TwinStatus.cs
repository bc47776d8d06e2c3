namespace EcoTwin.Contracts.Twins;

/// <summary>The state a twin shows on the map, worst last (same values as EcoTwin.Domain.Twins.TwinState).</summary>
[GenerateSerializer, Alias("EcoTwin.TwinStatus")]
public enum TwinStatus
{
    /// <summary>Data flows and nothing is wrong.</summary>
    Normal = 0,

    /// <summary>Under maintenance or calibration.</summary>
    Maintenance = 1,

    /// <summary>The equipment reports a fault.</summary>
    Fault = 2,

    /// <summary>A factor exceeds its limit.</summary>
    Exceeding = 3,

    /// <summary>No data for the configured number of upload intervals.</summary>
    Offline = 4,
}
