namespace EcoTwin.Storage.Cases;

/// <summary>One row of the cases table: the latest summary of a case, for the flow board's lists.</summary>
public sealed record CaseRow(
    string Id, string Title, string Status, string Origin, string? TwinKind, string? TwinKey, string? Cause, string? DistrictCode,
    string? Assignee, string? Handler, DateTimeOffset? Deadline, bool Overdue, DateTimeOffset? EscalatedAt, bool AlarmOpen, int AlarmCount,
    string OpenedBy, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ClosedAt, long Version);
