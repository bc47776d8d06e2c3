using System.Collections.Immutable;
using EcoTwin.Contracts.Cases;
using EcoTwin.Domain.Cases;

namespace EcoTwin.Grains.Cases;

/// <summary>
/// Routes one twin's alarms to cases (key: kind/key): a raised alarm attaches to the open case of
/// its cause or, when there is none (never, or closed), opens a new one; a cleared alarm is noted
/// on its case. One grain per twin keeps a twin's alarms in order.
/// </summary>
public sealed class CaseRouterGrain(
    [PersistentState("caseRouter", GrainStorageNames.Twins)] IPersistentState<CaseRouterState> state) : Grain, ICaseRouterGrain
{
    /// <inheritdoc />
    public async Task RouteAsync(ImmutableArray<CaseAlarm> alarms, CancellationToken cancellationToken = default)
    {
        var changed = false;
        foreach (var alarm in alarms)
        {
            var known = state.State.CaseByCause.TryGetValue(alarm.Cause, out var caseId);
            if (known && await GrainFactory.GetGrain<ICaseGrain>(caseId!).NoteAlarmAsync(alarm, cancellationToken))
            {
                continue;
            }

            if (!alarm.Raised)
            {
                continue; // a clear with no case: nothing to note
            }

            var id = CaseIds.ForAlarm(alarm.AlarmId, alarm.RaisedAt);
            var title = $"{alarm.TwinKind}/{alarm.TwinKey} {alarm.Cause}";
            await GrainFactory.GetGrain<ICaseGrain>(id).OpenAsync(
                new CaseOpening(title, alarm.Detail, alarm.DistrictCode, alarm.TwinKind, alarm.TwinKey, alarm), CaseActor.System, cancellationToken);
            state.State.CaseByCause[alarm.Cause] = id;
            changed = true;
        }

        if (changed)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task<ImmutableDictionary<string, string>> GetCasesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(state.State.CaseByCause.ToImmutableDictionary());
}
