using System.Text.Json.Nodes;
using EcoTwin.Domain.Records;

namespace EcoTwin.Web.Records;

/// <summary>The body of <c>POST /api/enterprises/{code}/records</c>; the enterprise comes from the address.</summary>
public sealed record RecordBody(string? Kind, string? OutletMn, string? DocumentNo, string? Date, string? ValidFrom, string? ValidTo, JsonObject? Details)
{
    /// <summary>The input to validate for enterprise <paramref name="code"/>.</summary>
    public RecordInput ToInput(string code) => new(Kind, code, OutletMn, DocumentNo, Date, ValidFrom, ValidTo, Details);
}
