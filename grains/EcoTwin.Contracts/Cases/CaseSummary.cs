namespace EcoTwin.Contracts.Cases;

/// <summary>
/// The compact picture of a case that the flow board lists and the live hub pushes (group
/// <c>cases</c>, method <c>caseChanges</c>); <see cref="Version"/> rises with every change.
/// </summary>
/// <param name="Id">The case id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its stage.</param>
/// <param name="Origin">alarm or manual.</param>
/// <param name="TwinKind">The twin it concerns (station, source, enterprise ...), if any.</param>
/// <param name="TwinKey">That twin's key.</param>
/// <param name="Cause">The alarm cause of a case from an alarm (offline, fault, exceedance:&lt;factor&gt;).</param>
/// <param name="DistrictCode">The district it lies in.</param>
/// <param name="Assignee">The officer (user name) or team (team:&lt;district&gt;) it is dispatched to.</param>
/// <param name="Handler">The officer handling it.</param>
/// <param name="Deadline">When handling must be submitted (UTC).</param>
/// <param name="Overdue">Whether the deadline passed while it was dispatched or in handling.</param>
/// <param name="EscalatedAt">When it was escalated to the supervisors for being overdue.</param>
/// <param name="AlarmOpen">Whether its alarm is still open (the twin not back to normal).</param>
/// <param name="AlarmCount">How many alarms (raises) it has collected.</param>
/// <param name="OpenedBy">Who opened it (system for alarms).</param>
/// <param name="OpenedAt">When it was opened (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="ClosedAt">When it was closed, if it is.</param>
/// <param name="Version">Rises with each change.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.CaseSummary")]
public sealed record CaseSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] CaseStatus Status,
    [property: Id(3)] string Origin,
    [property: Id(4)] string? TwinKind,
    [property: Id(5)] string? TwinKey,
    [property: Id(6)] string? Cause,
    [property: Id(7)] string? DistrictCode,
    [property: Id(8)] string? Assignee,
    [property: Id(9)] string? Handler,
    [property: Id(10)] DateTimeOffset? Deadline,
    [property: Id(11)] bool Overdue,
    [property: Id(12)] DateTimeOffset? EscalatedAt,
    [property: Id(13)] bool AlarmOpen,
    [property: Id(14)] int AlarmCount,
    [property: Id(15)] string OpenedBy,
    [property: Id(16)] DateTimeOffset OpenedAt,
    [property: Id(17)] DateTimeOffset UpdatedAt,
    [property: Id(18)] DateTimeOffset? ClosedAt,
    [property: Id(19)] long Version);
