using EcoTwin.Storage.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Twins;

/// <summary><c>/api/twins</c>: the live snapshot and readings history of any twin; the paged lists per kind.</summary>
public static class TwinsApi
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapTwinsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/twins/snapshot", async (TwinDirectory directory, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
            Results.Ok(new { items = (await directory.AllAsync(cancellationToken)).Where(t => Auth.CurrentUser.Of(http).InScope(t.DistrictCode)).Select(SummaryRecords.ToSummary), at = time.GetUtcNow() }));
        api.MapGet("/twins/{kind}/{key}/series", SeriesEndpoint.GetAsync);
        api.MapTwinList("/stations", "station");
        api.MapTwinList("/sources", "source");
        api.MapTwinList("/enterprises", "enterprise");
        api.MapTwinList("/districts", "district");
        return api;
    }
}
