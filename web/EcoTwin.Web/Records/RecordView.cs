using System.Text.Json.Nodes;
using EcoTwin.Storage.Records;

namespace EcoTwin.Web.Records;

/// <summary>A business record as the API shows it.</summary>
public sealed record RecordView(
    long Id, string EnterpriseCode, string? OutletMn, string Kind, string? DocumentNo, DateOnly Date, DateOnly? ValidFrom, DateOnly? ValidTo,
    JsonNode? Details, string EnteredBy, DateTimeOffset EnteredAt)
{
    /// <summary>The view of <paramref name="record"/>.</summary>
    public static RecordView Of(StoredRecord record) => new(
        record.Id, record.EnterpriseCode, record.OutletMn, record.Kind, record.DocumentNo, record.Date, record.ValidFrom, record.ValidTo,
        JsonNode.Parse(record.DetailsJson), record.EnteredBy, record.EnteredAt);
}
