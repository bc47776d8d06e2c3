using EcoTwin.Contracts.Stations;

namespace EcoTwin.Grains.Stations;

/// <summary>The persisted state of a station twin.</summary>
[GenerateSerializer, Alias("EcoTwin.StationState")]
public sealed class StationState
{
    /// <summary>The master data; null until registered.</summary>
    [Id(0)]
    public StationInfo? Info { get; set; }

    /// <summary>Incremented on every master-data change.</summary>
    [Id(1)]
    public int MasterDataVersion { get; set; }

    /// <summary>When the master data last changed (UTC).</summary>
    [Id(2)]
    public DateTimeOffset? MasterDataChangedAt { get; set; }
}
