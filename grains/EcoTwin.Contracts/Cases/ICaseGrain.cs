namespace EcoTwin.Contracts.Cases;

/// <summary>
/// One case of the closed-loop flow (key: the case id): raised → dispatched → handling → review →
/// closed, reopened with a reason. Every action records who, when and what; an action the stage does
/// not allow throws <see cref="CaseTransitionException"/>; a bad field throws
/// <see cref="MasterData.InvalidMasterDataException"/>. Each returns the case after the action.
/// </summary>
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Opens the case (raised); opening it again with the same alarm returns it unchanged.</summary>
    Task<CaseView> OpenAsync(CaseOpening opening, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>The case, or null when it was never opened.</summary>
    Task<CaseView?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Gives the case to <paramref name="assignee"/> (a user name or team:&lt;district&gt;) with a deadline.</summary>
    Task<CaseView> DispatchAsync(string assignee, DateTimeOffset deadline, string? note, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>The assignee (or an officer of the assigned team) takes the case up.</summary>
    Task<CaseView> AcceptAsync(CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>Adds a note.</summary>
    Task<CaseView> NoteAsync(string text, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>Records an on-site finding.</summary>
    Task<CaseView> FindingAsync(string text, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>Records a file whose bytes were stored.</summary>
    Task<CaseView> AttachAsync(CaseAttachmentInfo attachment, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>The handler submits the case for review.</summary>
    Task<CaseView> SubmitAsync(string? text, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>The reviewer approves and the case closes; with its alarm still open only when a reason is given.</summary>
    Task<CaseView> ApproveAsync(string? reason, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>The reviewer sends the case back to handling.</summary>
    Task<CaseView> SendBackAsync(string reason, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>Reopens a closed case, optionally with a new deadline.</summary>
    Task<CaseView> ReopenAsync(string reason, DateTimeOffset? deadline, CaseActor actor, CancellationToken cancellationToken = default);

    /// <summary>Notes an alarm of its twin and cause (a repeat or a clear); false when the case is closed and takes no more alarms.</summary>
    Task<bool> NoteAlarmAsync(CaseAlarm alarm, CancellationToken cancellationToken = default);

    /// <summary>Escalates the case when its deadline has passed (compares with the clock); true when it escalated now.</summary>
    Task<bool> CheckDeadlineAsync(CancellationToken cancellationToken = default);
}
