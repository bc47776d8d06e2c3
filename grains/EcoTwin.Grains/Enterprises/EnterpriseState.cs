using EcoTwin.Contracts.Enterprises;
using EcoTwin.Grains.Rollups;

namespace EcoTwin.Grains.Enterprises;

/// <summary>The persisted state of an enterprise twin.</summary>
[GenerateSerializer, Alias("EcoTwin.EnterpriseState")]
public sealed class EnterpriseState
{
    /// <summary>The current master data; null until registered.</summary>
    [Id(0)]
    public EnterpriseInfo? Info { get; set; }

    /// <summary>The current master data version.</summary>
    [Id(1)]
    public int Version { get; set; }

    /// <summary>The review stage of the current version.</summary>
    [Id(2)]
    public EnterpriseStage Stage { get; set; }

    /// <summary>Every master data event, oldest first.</summary>
    [Id(3)]
    public List<EnterpriseEvent> Events { get; set; } = [];

    /// <summary>Its outlets' MNs, sorted (ordinal).</summary>
    [Id(4)]
    public List<string> Sources { get; set; } = [];

    /// <summary>The latest state of each outlet that reported one, by MN.</summary>
    [Id(5)]
    public Dictionary<string, TrackedMember> Outlets { get; set; } = [];

    /// <summary>The version of the last published summary.</summary>
    [Id(6)]
    public long SummaryVersion { get; set; }
}
