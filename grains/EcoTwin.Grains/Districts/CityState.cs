using EcoTwin.Contracts.Districts;

namespace EcoTwin.Grains.Districts;

/// <summary>The persisted state of a city twin.</summary>
[GenerateSerializer, Alias("EcoTwin.CityState")]
public sealed class CityState
{
    /// <summary>Each district's latest roll-up, by code.</summary>
    [Id(0)]
    public Dictionary<string, DistrictRollup> Districts { get; set; } = [];

    /// <summary>The version of the last published summary.</summary>
    [Id(1)]
    public long SummaryVersion { get; set; }
}
