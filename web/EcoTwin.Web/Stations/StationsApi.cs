using EcoTwin.Contracts.Stations;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Stations;

/// <summary><c>/api/stations</c>: station master data, read and written through the station twins.</summary>
public static class StationsApi
{
    /// <summary>Maps the station endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapStationsApi(this RouteGroupBuilder api)
    {
        var stations = api.MapGroup("/stations");
        stations.MapGet("/{code}", GetAsync);
        stations.MapPut("/{code}", PutAsync);
        stations.MapGet("/{code}/live", async (string code, IGrainFactory grains, CancellationToken cancellationToken) =>
            Results.Ok(await grains.GetGrain<IStationGrain>(code).GetViewAsync(cancellationToken)));
        return stations;
    }

    private static async Task<IResult> GetAsync(string code, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var info = await grains.GetGrain<IStationGrain>(code).GetInfoAsync(cancellationToken);
        return info is null ? ApiResults.NotFound($"Station '{code}'") : Results.Ok(info);
    }

    private static async Task<IResult> PutAsync(string code, StationBody body, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (info, errors) = body.ToInfo(code);
        if (info is null)
        {
            return ApiResults.Invalid(errors);
        }

        return MasterDataResults.Of(await grains.GetGrain<IStationGrain>(code).RegisterAsync(info, cancellationToken), $"/api/stations/{code}", info);
    }
}
