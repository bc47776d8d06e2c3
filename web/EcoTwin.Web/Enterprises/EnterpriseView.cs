using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Geo;

namespace EcoTwin.Web.Enterprises;

/// <summary>An enterprise as <c>GET /api/enterprises/{code}</c> shows it: the master data, its version and review stage.</summary>
public sealed record EnterpriseView(
    string Code, string Name, string Industry, string Address, GeoPoint Location, string DistrictCode,
    string? LegalRepresentative, string? Contact, int Version, EnterpriseStage Stage, string ChangedBy, DateTimeOffset ChangedAt)
{
    /// <summary>The view of <paramref name="record"/>.</summary>
    public static EnterpriseView Of(EnterpriseRecord record)
    {
        var info = record.Info;
        return new(
            info.Code, info.Name, info.Industry, info.Address, info.Location, info.DistrictCode, info.LegalRepresentative, info.Contact,
            record.Version, record.Stage, record.ChangedBy, record.ChangedAt);
    }
}
