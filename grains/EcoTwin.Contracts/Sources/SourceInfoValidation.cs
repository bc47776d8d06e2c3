using EcoTwin.Domain.Codes;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Contracts.Sources;

/// <summary>Validates outlet master data.</summary>
public static class SourceInfoValidation
{
    /// <summary>Returns every field error of <paramref name="info"/>; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(SourceInfo info)
    {
        var errors = new List<FieldError>();
        void Add(FieldError? error)
        {
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        Add(FieldRules.Key("mn", info.Mn));
        var credit = CreditCode.Validate(info.EnterpriseCode);
        Add(credit.IsValid ? null : new FieldError("enterpriseCode", credit.Message));
        Add(FieldRules.Name("name", info.Name));
        Add(info.Medium is "water" or "gas" ? null : new FieldError("medium", $"'{info.Medium}' is not water or gas"));
        Add(info.Location is null ? new FieldError("location", "is required") : FieldRules.Location("location", info.Location.Lon, info.Location.Lat));
        Add(FieldRules.DivisionCode("districtCode", info.DistrictCode));
        foreach (var (factor, limit) in info.Limits ?? [])
        {
            Add(FieldRules.FactorCode($"limits.{factor}", factor));
            Add(limit.Max is null && limit.Min is null ? new FieldError($"limits.{factor}", "gives neither max nor min") : null);
            Add(limit is { Max: { } max, Min: { } min } && min > max ? new FieldError($"limits.{factor}", $"min {min} is above max {max}") : null);
        }

        for (var i = 0; i < (info.Factors.IsDefault ? 0 : info.Factors.Length); i++)
        {
            Add(FieldRules.FactorCode($"factors[{i}]", info.Factors[i]));
        }

        return errors;
    }
}
