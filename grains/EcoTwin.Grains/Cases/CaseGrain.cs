using System.Collections.Immutable;
using EcoTwin.Contracts.Cases;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Domain.Cases;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Grains.Cases;

/// <summary>
/// One case of the closed loop. The state machine and the rules are <see cref="CaseWorkflow"/> and
/// <see cref="CaseRules"/>; the grain keeps the state, records every step, publishes the summary to
/// the board and keeps a durable reminder on the deadline (see CaseGrain.Deadline.cs).
/// </summary>
public sealed partial class CaseGrain(
    [PersistentState("case", GrainStorageNames.Twins)] IPersistentState<CaseGrainState> state,
    ICaseBoard board,
    TimeProvider time,
    ILogger<CaseGrain> logger) : Grain, ICaseGrain, IRemindable
{
    private const int MaxAlarmSteps = 200;

    private CaseGrainState S => state.State;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists)
        {
            await CheckDeadlineAsync(cancellationToken); // catch up an escalation missed while no silo ran
        }
    }

    /// <inheritdoc />
    public async Task<CaseView> OpenAsync(CaseOpening opening, CaseActor actor, CancellationToken cancellationToken = default)
    {
        if (S.Exists)
        {
            return opening.Alarm is { } alarm && S.AlarmIds.Contains(alarm.AlarmId)
                ? View()
                : throw new CaseTransitionException(Id, S.Status, "open", Allowed(), $"Case {Id} is open already.");
        }

        Check(CaseRules.Text("title", opening.Title), CaseRules.OptionalText("description", opening.Description),
            opening.DistrictCode is null ? null : FieldRules.DivisionCode("districtCode", opening.DistrictCode));
        var now = time.GetUtcNow();
        S.Exists = true;
        S.Title = opening.Title.Trim();
        S.Description = opening.Description;
        S.Status = CaseStatus.Raised;
        S.DistrictCode = opening.DistrictCode;
        S.TwinKind = opening.TwinKind;
        S.TwinKey = opening.TwinKey;
        S.OpenedBy = actor.Name;
        S.OpenedAt = now;
        var data = ImmutableDictionary<string, string>.Empty;
        if (opening.Alarm is { } raised)
        {
            S.Origin = "alarm";
            S.Cause = raised.Cause;
            S.AlarmOpen = raised.Raised;
            S.AlarmIds.Add(raised.AlarmId);
            S.AlarmCount = 1;
            data = data.Add("alarmId", raised.AlarmId).Add("cause", raised.Cause);
        }

        AddStep(actor, "raised", opening.Description, data);
        await CommitAsync(cancellationToken);
        LogOpened(logger, Id, S.Origin, S.TwinKind, S.TwinKey, S.Cause);
        return View();
    }

    /// <inheritdoc />
    public Task<CaseView?> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(S.Exists ? View() : null);

    /// <inheritdoc />
    public Task<CaseView> NoteAsync(string text, CaseActor actor, CancellationToken cancellationToken = default) =>
        ActAsync(CaseAction.Note, actor, text, [CaseRules.Text("text", text)], null, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> NoteAlarmAsync(CaseAlarm alarm, CancellationToken cancellationToken = default)
    {
        if (!S.Exists || (alarm.Raised && S.Status == CaseStatus.Closed))
        {
            return false;
        }

        if (alarm.Raised)
        {
            if (S.AlarmIds.Contains(alarm.AlarmId))
            {
                return true; // delivered twice
            }

            S.AlarmIds.Add(alarm.AlarmId);
            S.AlarmCount++;
            S.AlarmOpen = true;
        }
        else
        {
            S.AlarmOpen = false;
        }

        if (S.Steps.Count(step => step.Action.StartsWith("alarm", StringComparison.Ordinal)) < MaxAlarmSteps)
        {
            AddStep(CaseActor.System, alarm.Raised ? "alarmRepeated" : "alarmCleared", alarm.Detail,
                ImmutableDictionary<string, string>.Empty.Add("alarmId", alarm.AlarmId));
        }

        await CommitAsync(cancellationToken);
        return true;
    }

    private async Task<CaseView> ActAsync(
        CaseAction action, CaseActor actor, string? text, FieldError?[] errors, Action? apply, CancellationToken cancellationToken,
        ImmutableDictionary<string, string>? data = null)
    {
        var next = Transition(action);
        Check(errors);
        apply?.Invoke();
        S.Status = (CaseStatus)next;
        AddStep(actor, CaseWorkflow.Name(action), text, data ?? ImmutableDictionary<string, string>.Empty);
        await CommitAsync(cancellationToken);
        return View();
    }

    private CaseStage Transition(CaseAction action)
    {
        if (!S.Exists)
        {
            throw new CaseTransitionException(Id, CaseStatus.Raised, CaseWorkflow.Name(action), [], $"Case {Id} does not exist.");
        }

        var stage = (CaseStage)S.Status;
        return CaseWorkflow.Next(stage, action)
            ?? throw new CaseTransitionException(Id, S.Status, CaseWorkflow.Name(action), Allowed(), CaseWorkflow.Refusal(stage, action));
    }

    private static void Check(params FieldError?[] errors)
    {
        if (errors.FirstOrDefault(error => error is not null) is { } first)
        {
            throw new InvalidMasterDataException(first);
        }
    }

    private void AddStep(CaseActor actor, string action, string? text, ImmutableDictionary<string, string> data) =>
        S.Steps.Add(new CaseStep(time.GetUtcNow(), actor.Name, action, S.Status, text, new Dictionary<string, string>(data, StringComparer.Ordinal)));

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        S.UpdatedAt = now;
        S.Version = Math.Max(S.Version + 1, now.UtcTicks);
        await state.WriteStateAsync(cancellationToken);
        await SyncReminderAsync(force: false);
        await board.PublishAsync(Summary(), cancellationToken);
    }

    private ImmutableArray<string> Allowed() => [.. CaseWorkflow.Allowed((CaseStage)S.Status).Select(CaseWorkflow.Name)];

    private CaseSummary Summary() => new(
        Id, S.Title, S.Status, S.Origin, S.TwinKind, S.TwinKey, S.Cause, S.DistrictCode, S.Assignee, S.Handler, S.Deadline,
        CaseRules.IsOverdue((CaseStage)S.Status, S.Deadline, time.GetUtcNow()), S.EscalatedAt, S.AlarmOpen, S.AlarmCount,
        S.OpenedBy, S.OpenedAt, S.UpdatedAt, S.ClosedAt, S.Version);

    private CaseView View() => new(Summary(), S.Description, Allowed(), [.. S.Steps], [.. S.Attachments], [.. S.AlarmIds]);
}
