using EcoTwin.Contracts.Cases;
using EcoTwin.Web.Api;
using EcoTwin.Web.Auth;
using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Cases;

/// <summary>Finds a case for a user: 404 when it does not exist or lies outside the user's districts.</summary>
public static class CaseAccess
{
    /// <summary>The case grain and its view, or the 404 to answer.</summary>
    public static async Task<(ICaseGrain? Grain, CaseView? View, IResult? Refusal)> FindAsync(string id, CurrentUser user, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        var view = await grain.GetAsync(cancellationToken);
        return view is not null && user.InScope(view.Summary.DistrictCode)
            ? (grain, view, null)
            : (null, null, ApiResults.NotFound($"Case '{id}'"));
    }
}
