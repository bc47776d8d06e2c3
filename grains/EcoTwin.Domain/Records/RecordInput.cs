using System.Text.Json.Nodes;

namespace EcoTwin.Domain.Records;

/// <summary>A business record as entered (REST body or CSV row), before validation; every field may be missing.</summary>
/// <param name="Kind">The kind's name.</param>
/// <param name="EnterpriseCode">The enterprise's unified social credit code.</param>
/// <param name="OutletMn">The outlet it concerns, where one does.</param>
/// <param name="DocumentNo">The source document's number.</param>
/// <param name="Date">The record's date (issued, inspected, received, decided ...), yyyy-MM-dd.</param>
/// <param name="ValidFrom">Start of validity, yyyy-MM-dd.</param>
/// <param name="ValidTo">End of validity, yyyy-MM-dd.</param>
/// <param name="Details">The kind-specific fields.</param>
public sealed record RecordInput(
    string? Kind, string? EnterpriseCode, string? OutletMn, string? DocumentNo, string? Date, string? ValidFrom, string? ValidTo, JsonObject? Details);
