using EcoTwin.Storage.Twins;

namespace EcoTwin.Storage.Queries;

/// <summary>One page of a twin list.</summary>
public sealed record TwinPage(IReadOnlyList<SummaryRecord> Items, long Total, int Page, int PageSize);
