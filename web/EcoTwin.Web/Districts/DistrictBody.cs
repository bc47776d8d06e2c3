using System.Text.Json;
using EcoTwin.Contracts.Districts;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Web.Districts;

/// <summary>The JSON body of <c>PUT /api/districts/{code}</c>: names and the boundary as a GeoJSON Polygon or MultiPolygon.</summary>
public sealed record DistrictBody(string? Code, string? Name, string? NameEn, JsonElement? Boundary)
{
    /// <summary>Builds the master data of the district <paramref name="code"/>, or says which fields are wrong.</summary>
    public (DistrictInfo? Info, IReadOnlyList<FieldError> Errors) ToInfo(string code)
    {
        if (Code is not null && Code != code)
        {
            return (null, [new FieldError("code", $"'{Code}' does not match the code in the address '{code}'")]);
        }

        var boundary = Boundary is { ValueKind: JsonValueKind.Object } geometry ? geometry.GetRawText() : string.Empty;
        var info = new DistrictInfo(code, Name ?? string.Empty, string.IsNullOrWhiteSpace(NameEn) ? null : NameEn, boundary);
        var (_, errors) = DistrictInfoValidation.Validate(info);
        return errors.Count > 0 ? (null, errors) : (info, errors);
    }
}
