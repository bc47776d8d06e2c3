namespace EcoTwin.Storage.Cases;

/// <summary>A filter of the flow board's list.</summary>
/// <param name="Status">One status, or null for all.</param>
/// <param name="Open">true: not closed; false: closed; null: both.</param>
/// <param name="District">One district.</param>
/// <param name="Assignee">Cases given to this officer or team (team:&lt;code&gt;).</param>
/// <param name="TwinKind">The twin's kind.</param>
/// <param name="TwinKey">The twin's key.</param>
/// <param name="Overdue">Only overdue ones when true.</param>
/// <param name="Scope">The caller's districts; null for the whole city.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record CaseQuery(
    string? Status, bool? Open, string? District, string? Assignee, string? TwinKind, string? TwinKey, bool? Overdue,
    IReadOnlyCollection<string>? Scope, int Page, int PageSize);
