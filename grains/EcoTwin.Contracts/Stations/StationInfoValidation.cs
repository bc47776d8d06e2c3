using EcoTwin.Domain.MasterData;

namespace EcoTwin.Contracts.Stations;

/// <summary>Validates station master data at the edge and in the twin, with the same rules.</summary>
public static class StationInfoValidation
{
    /// <summary>Returns every field error of <paramref name="info"/>; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(StationInfo info)
    {
        var errors = new List<FieldError>();
        void Add(FieldError? error)
        {
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        Add(FieldRules.Key("code", info.Code));
        Add(FieldRules.Name("name", info.Name));
        Add(Enum.IsDefined(info.Kind) ? null : new FieldError("kind", $"'{info.Kind}' is not a station kind"));
        Add(info.Location is null ? new FieldError("location", "is required") : FieldRules.Location("location", info.Location.Lon, info.Location.Lat));
        Add(FieldRules.DivisionCode("districtCode", info.DistrictCode));
        if (info.Factors.IsDefault)
        {
            Add(new FieldError("factors", "is required"));
        }
        else
        {
            for (var i = 0; i < info.Factors.Length; i++)
            {
                Add(FieldRules.FactorCode($"factors[{i}]", info.Factors[i]));
            }
        }

        return errors;
    }
}
