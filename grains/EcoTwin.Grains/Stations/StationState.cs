using EcoTwin.Contracts.Stations;
using EcoTwin.Domain.Stations;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Stations;

/// <summary>The checkpoint of a station twin.</summary>
[GenerateSerializer, Alias("EcoTwin.StationState")]
public sealed class StationState : DeviceTwinState
{
    /// <summary>The master data; null until registered.</summary>
    [Id(0)]
    public StationInfo? Info { get; set; }

    /// <summary>The live state at the checkpoint.</summary>
    [Id(1)]
    public StationCheckpoint? Live { get; set; }
}
