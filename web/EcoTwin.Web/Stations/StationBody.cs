using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.Stations;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Web.Stations;

/// <summary>The JSON body of <c>PUT /api/stations/{code}</c>; every field optional so that a missing one is named.</summary>
public sealed record StationBody(string? Code, string? Name, StationKind? Kind, GeoPoint? Location, string? DistrictCode, string[]? Factors)
{
    /// <summary>Builds the master data for the station at <paramref name="code"/>, or says which fields are missing.</summary>
    public (StationInfo? Info, IReadOnlyList<FieldError> Errors) ToInfo(string code)
    {
        var errors = new List<FieldError>();
        if (Code is not null && Code != code)
        {
            errors.Add(new FieldError("code", $"'{Code}' does not match the code in the address '{code}'"));
        }

        if (Kind is null)
        {
            errors.Add(new FieldError("kind", "is required (air, water or noise)"));
        }

        if (Location is null)
        {
            errors.Add(new FieldError("location", "is required ({\"lon\":..., \"lat\":...})"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var info = new StationInfo(code, Name ?? string.Empty, Kind!.Value, Location!, DistrictCode ?? string.Empty, [.. Factors ?? []]);
        var invalid = StationInfoValidation.Validate(info);
        return invalid.Count > 0 ? (null, invalid) : (info, invalid);
    }
}
