using EcoTwin.Domain.Auth;
using EcoTwin.Storage.Audit;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Auth;

/// <summary><c>GET /api/audit?user=&amp;action=&amp;target=&amp;from=&amp;to=&amp;page=&amp;pageSize=</c>: the audit log for admins, newest first.</summary>
public static class AuditApi
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (string? user, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
            AuditQuery audit, CancellationToken cancellationToken) =>
        {
            if (page is < 1 || pageSize is < 1 or > 1000)
            {
                return ApiResults.Invalid([new(page is < 1 ? "page" : "pageSize", page is < 1 ? "must be 1 or more" : "must be 1-1000")]);
            }

            var (items, total) = await audit.PageAsync(user, action, target, from, to, page ?? 1, pageSize ?? 100, cancellationToken);
            return Results.Ok(new { items, total, page = page ?? 1, pageSize = pageSize ?? 100 });
        }).RequirePermission(Permission.ReadAudit);
        return api;
    }
}
