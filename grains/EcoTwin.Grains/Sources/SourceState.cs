using EcoTwin.Contracts.Sources;
using EcoTwin.Domain.Sources;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Sources;

/// <summary>The checkpoint of a discharge-outlet twin.</summary>
[GenerateSerializer, Alias("EcoTwin.SourceState")]
public sealed class SourceState : DeviceTwinState
{
    /// <summary>The master data; null until registered.</summary>
    [Id(0)]
    public SourceInfo? Info { get; set; }

    /// <summary>The live state at the checkpoint.</summary>
    [Id(1)]
    public SourceCheckpoint? Live { get; set; }
}
