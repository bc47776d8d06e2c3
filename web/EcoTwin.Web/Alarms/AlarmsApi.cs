using EcoTwin.Domain.MasterData;
using EcoTwin.Storage.Queries;
using EcoTwin.Web.Api;
using EcoTwin.Web.Twins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Alarms;

/// <summary><c>GET /api/alarms?open=true&amp;district=&amp;kind=&amp;key=&amp;page=&amp;pageSize=</c>: alarms raised by twins, newest first.</summary>
public static class AlarmsApi
{
    /// <summary>Maps the endpoint on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapAlarmsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/alarms", async (bool? open, string? district, string? kind, string? key, int? page, int? pageSize, AlarmsQuery alarms, HttpContext http, CancellationToken cancellationToken) =>
        {
            var errors = new List<FieldError>();
            if (page is < 1)
            {
                errors.Add(new FieldError("page", "must be 1 or more"));
            }

            if (pageSize is < 1 or > TwinListQuery.MaxPageSize)
            {
                errors.Add(new FieldError("pageSize", $"must be 1-{TwinListQuery.MaxPageSize}"));
            }

            if (errors.Count > 0)
            {
                return ApiResults.Invalid(errors);
            }

            var (items, total) = await alarms.PageAsync(open ?? false, district, kind, key, page ?? 1, pageSize ?? 50, cancellationToken, Auth.CurrentUser.Of(http).Scope);
            return Results.Ok(new { items, total, page = page ?? 1, pageSize = pageSize ?? 50 });
        });
        return api;
    }
}
