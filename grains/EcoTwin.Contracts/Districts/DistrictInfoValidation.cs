using EcoTwin.Domain.Codes;
using EcoTwin.Domain.Geo;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Contracts.Districts;

/// <summary>Validates district master data at the edge and in the twin, with the same rules.</summary>
public static class DistrictInfoValidation
{
    /// <summary>The field error of a district code (a county-level GB/T 2260 code), or null when valid.</summary>
    public static FieldError? Code(string field, string? code) =>
        !DivisionCode.TryParse(code, out var parsed, out var error) ? new FieldError(field, $"'{code}' is not a GB/T 2260 division code: {error}")
        : parsed.Level != DivisionLevel.County ? new FieldError(field, $"'{code}' is a {parsed.Level.ToString().ToLowerInvariant()}-level code; a district has a county-level code (e.g. 320402)")
        : null;

    /// <summary>Returns every field error and, when valid, the parsed boundary.</summary>
    public static (Boundary? Boundary, IReadOnlyList<FieldError> Errors) Validate(DistrictInfo info)
    {
        var errors = new List<FieldError>();
        errors.AddRange(new[] { Code("code", info.Code), FieldRules.Name("name", info.Name) }.OfType<FieldError>());
        if (info.NameEn is { Length: > 200 })
        {
            errors.Add(new FieldError("nameEn", "is longer than 200 characters"));
        }

        if (!Boundary.TryParse(info.Boundary, out var boundary, out var problem))
        {
            errors.Add(new FieldError("boundary", problem!));
        }

        return (errors.Count == 0 ? boundary : null, errors);
    }

    /// <summary>The code of the city a district belongs to: its GB/T 2260 parent (320402 → 320400).</summary>
    public static string CityOf(string districtCode) => districtCode[..4] + "00";
}
