using System.Text.Json.Nodes;
using EcoTwin.Contracts.Districts;
using EcoTwin.Storage.Districts;
using EcoTwin.Web.Api;
using EcoTwin.Web.Map;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Districts;

/// <summary>
/// <c>/api/districts</c>, <c>/api/city/live</c> and <c>/api/map/districts</c>: district master data
/// and boundaries, district and city live roll-ups, the district layer of the map.
/// </summary>
public static class DistrictsApi
{
    /// <summary>Maps the district and city endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapDistrictsApi(this RouteGroupBuilder api)
    {
        var districts = api.MapGroup("/districts/{code}");
        districts.MapGet("", async (string code, IGrainFactory grains, CancellationToken cancellationToken) =>
            DistrictInfoValidation.Code("code", code) is { } bad ? ApiResults.Invalid([bad])
            : await grains.GetGrain<IDistrictGrain>(code).GetInfoAsync(cancellationToken) is { } info ? Results.Ok(DistrictView.Of(info))
            : ApiResults.NotFound($"District '{code}'"));
        districts.MapPut("", PutAsync);
        districts.MapGet("/live", LiveAsync);
        api.MapGet("/city/live", CityAsync);
        api.MapGet("/map/districts", async (DistrictStore store, CancellationToken cancellationToken) =>
            Results.Text(GeoJson.Collection((await store.ListAsync(cancellationToken)).Select(d => GeoJson.Feature(
                JsonNode.Parse(d.Boundary)!.AsObject(), new JsonObject { ["code"] = d.Code, ["name"] = d.Name, ["nameEn"] = d.NameEn }))).ToJsonString(),
                "application/geo+json"));
        return districts;
    }

    private static async Task<IResult> PutAsync(string code, DistrictBody body, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (info, errors) = body.ToInfo(code);
        if (info is null)
        {
            return ApiResults.Invalid(errors);
        }

        var district = grains.GetGrain<IDistrictGrain>(code);
        var change = await district.RegisterAsync(info, cancellationToken);
        return MasterDataResults.Of(change, $"/api/districts/{code}", DistrictView.Of((await district.GetInfoAsync(cancellationToken))!));
    }

    private static async Task<IResult> LiveAsync(string code, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (DistrictInfoValidation.Code("code", code) is { } bad)
        {
            return ApiResults.Invalid([bad]);
        }

        var district = grains.GetGrain<IDistrictGrain>(code);
        var live = await district.GetLiveAsync(cancellationToken);
        return live.Stations.Total + live.Sources.Total == 0 && await district.GetInfoAsync(cancellationToken) is null
            ? ApiResults.NotFound($"District '{code}'")
            : Results.Ok(live);
    }

    // The city is the GB/T 2260 parent of the districts (320402 -> 320400): ?code= names it, else the city of the registered districts.
    private static async Task<IResult> CityAsync(string? code, DistrictStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        code ??= (await store.ListAsync(cancellationToken))
            .GroupBy(d => DistrictInfoValidation.CityOf(d.Code)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        return code is null
            ? ApiResults.NotFound("A city (no district is registered yet, so none)")
            : Results.Ok(await grains.GetGrain<ICityGrain>(code).GetLiveAsync(cancellationToken));
    }
}
