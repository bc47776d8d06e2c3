using System.Text.Json.Nodes;

namespace EcoTwin.Domain.Records;

/// <summary>A business record that passed validation.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="EnterpriseCode">The enterprise's credit code.</param>
/// <param name="OutletMn">The outlet it concerns, if any.</param>
/// <param name="DocumentNo">The source document's number, if any.</param>
/// <param name="Date">The record's date.</param>
/// <param name="ValidFrom">Start of validity.</param>
/// <param name="ValidTo">End of validity.</param>
/// <param name="Details">The kind-specific fields (numbers as numbers).</param>
/// <param name="Limits">A permit's limits; empty for other kinds.</param>
public sealed record ValidRecord(
    RecordKind Kind, string EnterpriseCode, string? OutletMn, string? DocumentNo, DateOnly Date, DateOnly? ValidFrom, DateOnly? ValidTo,
    JsonObject Details, IReadOnlyList<PermitLimit> Limits)
{
    /// <summary>Whether a permit is in force on <paramref name="day"/>.</summary>
    public bool InForce(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}
