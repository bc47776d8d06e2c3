namespace EcoTwin.Storage.Queries;

/// <summary>Filters and paging of a twin list.</summary>
/// <param name="Kind">The twin kind (station, source, enterprise, district).</param>
/// <param name="District">Only this district code.</param>
/// <param name="SubKind">Only this sub-kind (air, water, gas, ...).</param>
/// <param name="Status">Only this status (normal, exceeding, offline, fault, maintenance).</param>
/// <param name="Parent">Only children of this twin (an enterprise's outlets).</param>
/// <param name="Text">Name or key containing this text.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page.</param>
/// <param name="Scope">Only twins in these districts (a district-scoped user); null for all.</param>
public sealed record TwinQuery(string Kind, string? District, string? SubKind, string? Status, string? Parent, string? Text, int Page, int PageSize, IReadOnlyCollection<string>? Scope = null);
