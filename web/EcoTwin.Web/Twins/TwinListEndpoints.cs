using EcoTwin.Storage.Queries;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Twins;

/// <summary>The paged lists <c>GET /api/stations|sources|enterprises|districts</c> over the twins table.</summary>
public static class TwinListEndpoints
{
    /// <summary>Maps the list of twins of <paramref name="twinKind"/> at <paramref name="path"/>.</summary>
    public static RouteHandlerBuilder MapTwinList(this RouteGroupBuilder api, string path, string twinKind) =>
        api.MapGet(path, async ([AsParameters] TwinListQuery query, TwinDirectory directory, HttpContext http, CancellationToken cancellationToken) =>
        {
            var (storageQuery, errors) = query.ToQuery(twinKind);
            if (storageQuery is null)
            {
                return ApiResults.Invalid(errors);
            }

            var page = await directory.PageAsync(storageQuery with { Scope = Auth.CurrentUser.Of(http).Scope }, cancellationToken);
            return Results.Ok(new { items = page.Items.Select(SummaryRecords.ToSummary), total = page.Total, page = page.Page, pageSize = page.PageSize });
        });
}
