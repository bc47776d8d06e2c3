using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Geo;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Web.Enterprises;

/// <summary>The JSON body of <c>PUT /api/enterprises/{code}</c>; every field optional so that a missing one is named.</summary>
public sealed record EnterpriseBody(
    string? Code, string? Name, string? Industry, string? Address, GeoPoint? Location, string? DistrictCode,
    string? LegalRepresentative, string? Contact)
{
    /// <summary>Builds the master data of the enterprise <paramref name="code"/>, or says which fields are wrong.</summary>
    public (EnterpriseInfo? Info, IReadOnlyList<FieldError> Errors) ToInfo(string code)
    {
        if (EnterpriseInfoValidation.Code("code", code) is { } badCode)
        {
            return (null, [badCode]);
        }

        if (Code is not null && Code != code)
        {
            return (null, [new FieldError("code", $"'{Code}' does not match the code in the address '{code}'")]);
        }

        var info = new EnterpriseInfo(
            code, Name ?? string.Empty, Industry ?? string.Empty, Address ?? string.Empty, Location!, DistrictCode ?? string.Empty,
            string.IsNullOrWhiteSpace(LegalRepresentative) ? null : LegalRepresentative, string.IsNullOrWhiteSpace(Contact) ? null : Contact);
        var errors = EnterpriseInfoValidation.Validate(info);
        return errors.Count > 0 ? (null, errors) : (info, errors);
    }
}
