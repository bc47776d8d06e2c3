using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Contracts.Enterprises;

/// <summary>An enterprise's live state, rolled up from its outlets.</summary>
/// <param name="Summary">Its summary: the worst state of its outlets, their open alarms.</param>
/// <param name="Sources">Its outlets counted by state.</param>
/// <param name="OpenAlarms">The open alarms of its outlets.</param>
/// <param name="Outlets">Each outlet's state, worst first.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.EnterpriseLive")]
public sealed record EnterpriseLive(
    [property: Id(0)] TwinSummary Summary,
    [property: Id(1)] AreaCounts Sources,
    [property: Id(2)] int OpenAlarms,
    [property: Id(3)] ImmutableArray<MemberView> Outlets);
