namespace EcoTwin.Grains.Cases;

/// <summary>The persisted state of a twin's case router: the case last routed to per alarm cause.</summary>
[GenerateSerializer, Alias("EcoTwin.CaseRouterState")]
public sealed class CaseRouterState
{
    [Id(0)] public Dictionary<string, string> CaseByCause { get; set; } = new(StringComparer.Ordinal);
}
