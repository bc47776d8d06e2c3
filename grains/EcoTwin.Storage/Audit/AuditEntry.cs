namespace EcoTwin.Storage.Audit;

/// <summary>One entry of the audit log: who did what, when, from where, and the answer.</summary>
public sealed record AuditEntry(DateTimeOffset At, string? UserName, string? Role, string Action, string? Target, int? Status, string? RemoteIp, string? Detail, long Id = 0);
