using EcoTwin.Domain.Codes;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Contracts.Enterprises;

/// <summary>Validates enterprise master data at the edge and in the twin, with the same rules.</summary>
public static class EnterpriseInfoValidation
{
    /// <summary>The field error of a credit code, or null when it is valid.</summary>
    public static FieldError? Code(string field, string? code)
    {
        var check = CreditCode.Validate(code);
        return check.IsValid ? null : new FieldError(field, $"'{code}' is not a unified social credit code: {check.Message}");
    }

    /// <summary>Returns every field error of <paramref name="info"/>; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(EnterpriseInfo info)
    {
        FieldError?[] errors =
        [
            Code("code", info.Code),
            FieldRules.Name("name", info.Name),
            FieldRules.Name("industry", info.Industry),
            FieldRules.Name("address", info.Address),
            info.Location is null ? new FieldError("location", "is required") : FieldRules.Location("location", info.Location.Lon, info.Location.Lat),
            FieldRules.DivisionCode("districtCode", info.DistrictCode),
            info.LegalRepresentative is { Length: > 100 } ? new FieldError("legalRepresentative", "is longer than 100 characters") : null,
            info.Contact is { Length: > 200 } ? new FieldError("contact", "is longer than 200 characters") : null,
        ];
        return [.. errors.OfType<FieldError>()];
    }
}
