namespace EcoTwin.Web.Cases;

/// <summary>The body of <c>POST /api/cases</c>: a case opened by hand.</summary>
public sealed record CaseOpenBody(string? Title, string? Description, string? DistrictCode, string? TwinKind, string? TwinKey);

/// <summary>The body of <c>POST /api/cases/{id}/dispatch</c>: an officer or a team, and a deadline.</summary>
public sealed record DispatchBody(string? Officer, string? Team, DateTimeOffset? Deadline, string? Note);

/// <summary>The body of notes, findings and submissions.</summary>
public sealed record TextBody(string? Text);

/// <summary>The body of approve, send back and reopen.</summary>
public sealed record ReasonBody(string? Reason, DateTimeOffset? Deadline);
