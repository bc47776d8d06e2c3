using System.Collections.Immutable;

namespace EcoTwin.Contracts.Cases;

/// <summary>
/// Routes the alarms of one twin (key: kind/key, e.g. <c>station/320402AQ000001</c>) to cases: an
/// alarm whose cause has an open case attaches to it; otherwise it opens a new case; a cleared alarm
/// is noted on its case.
/// </summary>
public interface ICaseRouterGrain : IGrainWithStringKey
{
    /// <summary>Routes alarm events of this twin, in order.</summary>
    Task RouteAsync(ImmutableArray<CaseAlarm> alarms, CancellationToken cancellationToken = default);

    /// <summary>The case last routed to per cause.</summary>
    Task<ImmutableDictionary<string, string>> GetCasesAsync(CancellationToken cancellationToken = default);
}
