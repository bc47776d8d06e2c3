using System.Collections.Immutable;
using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Web.Enterprises;

/// <summary>One outlet of an enterprise as <c>GET /api/enterprises/{code}/sources</c> lists it: master data and state.</summary>
public sealed record EnterpriseOutletView(
    string Mn, string Name, string Medium, GeoPoint Location, string DistrictCode, ImmutableArray<string> Factors,
    ImmutableDictionary<string, LimitRange> Limits, TwinStatus? Status, int OpenAlarms)
{
    /// <summary>The view of outlet <paramref name="info"/> in state <paramref name="state"/> (null when it has reported none yet).</summary>
    public static EnterpriseOutletView Of(SourceInfo info, MemberView? state) => new(
        info.Mn, info.Name, info.Medium, info.Location, info.DistrictCode, info.Factors, info.Limits, state?.Status, state?.OpenAlarms ?? 0);
}
