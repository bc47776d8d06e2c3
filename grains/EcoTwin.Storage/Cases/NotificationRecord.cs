namespace EcoTwin.Storage.Cases;

/// <summary>A notification to a role (e.g. an overdue case to the supervisors).</summary>
public sealed record NotificationRecord(
    long Id, DateTimeOffset At, string Role, string? DistrictCode, string? CaseId, string Kind, string Message, DateTimeOffset? ReadAt, string? ReadBy);
