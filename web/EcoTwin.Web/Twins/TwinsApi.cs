using EcoTwin.Storage.Queries;
using EcoTwin.Web.Live;
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
        api.MapGet("/twins/snapshot", async (TwinDirectory directory, RecentChanges recent, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
        {
            var user = Auth.CurrentUser.Of(http);
            var stored = (await directory.AllAsync(cancellationToken)).Select(SummaryRecords.ToSummary);
            return Results.Ok(new { items = recent.Overlay(stored).Where(t => user.InScope(t.DistrictCode)), at = time.GetUtcNow() });
        });
        api.MapGet("/twins/{kind}/{key}/series", SeriesEndpoint.GetAsync);
        api.MapTwinList("/stations", "station");
        api.MapTwinList("/sources", "source");
        api.MapTwinList("/enterprises", "enterprise");
        api.MapTwinList("/districts", "district");
        return api;
    }
}
