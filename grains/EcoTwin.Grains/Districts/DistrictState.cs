using EcoTwin.Contracts.Districts;
using EcoTwin.Grains.Rollups;

namespace EcoTwin.Grains.Districts;

/// <summary>The persisted state of a district twin.</summary>
[GenerateSerializer, Alias("EcoTwin.DistrictState")]
public sealed class DistrictState
{
    /// <summary>The master data (boundary as normalised GeoJSON); null until registered.</summary>
    [Id(0)]
    public DistrictInfo? Info { get; set; }

    /// <summary>The stations and outlets inside it, by twin id (station/..., source/...).</summary>
    [Id(1)]
    public Dictionary<string, TrackedMember> Members { get; set; } = [];

    /// <summary>The version of the last published summary or roll-up.</summary>
    [Id(2)]
    public long Version { get; set; }
}
