namespace EcoTwin.Contracts.Cases;

/// <summary>One step of a case's history: who did what, when.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="By">Who (a user name, or system).</param>
/// <param name="Action">raised, dispatch, accept, note, finding, attach, submit, approve, sendBack, reopen, alarmRepeated, alarmCleared, escalated.</param>
/// <param name="Status">The stage after the step.</param>
/// <param name="Text">The note, finding, reason or detail given.</param>
/// <param name="Data">Further facts (assignee, deadline, attachment id, alarm id ...); a plain dictionary so the ADO.NET grain storage (Json.NET with reference preservation) reads it back; never changed after the step is made.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.CaseStep")]
public sealed record CaseStep(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] string Action,
    [property: Id(3)] CaseStatus Status,
    [property: Id(4)] string? Text,
    [property: Id(5)] Dictionary<string, string> Data);
