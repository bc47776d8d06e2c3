using System.Collections.Immutable;
using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.Sources;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Web.Sources;

/// <summary>The JSON body of <c>PUT /api/sources/{mn}</c>; every field optional so that a missing one is named.</summary>
public sealed record SourceBody(
    string? Mn, string? EnterpriseCode, string? Name, string? Medium, GeoPoint? Location, string? DistrictCode,
    string[]? Factors, Dictionary<string, LimitRange>? Limits)
{
    /// <summary>Builds the master data of the outlet <paramref name="mn"/>, or says which fields are wrong.</summary>
    public (SourceInfo? Info, IReadOnlyList<FieldError> Errors) ToInfo(string mn)
    {
        if (Mn is not null && Mn != mn)
        {
            return (null, [new FieldError("mn", $"'{Mn}' does not match the MN in the address '{mn}'")]);
        }

        if (Location is null)
        {
            return (null, [new FieldError("location", "is required ({\"lon\":..., \"lat\":...})")]);
        }

        var info = new SourceInfo(
            mn, EnterpriseCode ?? string.Empty, Name ?? string.Empty, Medium ?? string.Empty, Location, DistrictCode ?? string.Empty,
            [.. Factors ?? []], (Limits ?? []).ToImmutableDictionary());
        var errors = SourceInfoValidation.Validate(info);
        return errors.Count > 0 ? (null, errors) : (info, errors);
    }
}
