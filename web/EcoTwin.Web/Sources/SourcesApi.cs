using EcoTwin.Contracts.Sources;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Sources;

/// <summary><c>/api/sources</c>: outlet master data and live views, through the outlet twins.</summary>
public static class SourcesApi
{
    /// <summary>Maps the outlet endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/sources");
        sources.MapGet("/{mn}", GetAsync);
        sources.MapPut("/{mn}", PutAsync);
        sources.MapGet("/{mn}/live", async (string mn, IGrainFactory grains, CancellationToken cancellationToken) =>
            Results.Ok(await grains.GetGrain<ISourceGrain>(mn).GetViewAsync(cancellationToken)));
        return sources;
    }

    private static async Task<IResult> GetAsync(string mn, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var info = await grains.GetGrain<ISourceGrain>(mn).GetInfoAsync(cancellationToken);
        return info is null ? ApiResults.NotFound($"Outlet '{mn}'") : Results.Ok(info);
    }

    private static async Task<IResult> PutAsync(string mn, SourceBody body, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (info, errors) = body.ToInfo(mn);
        if (info is null)
        {
            return ApiResults.Invalid(errors);
        }

        return MasterDataResults.Of(await grains.GetGrain<ISourceGrain>(mn).RegisterAsync(info, cancellationToken), $"/api/sources/{mn}", info);
    }
}
