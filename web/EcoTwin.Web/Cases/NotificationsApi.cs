using EcoTwin.Domain.Auth;
using EcoTwin.Storage.Cases;
using EcoTwin.Web.Api;
using EcoTwin.Web.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Cases;

/// <summary><c>/api/notifications</c>: what the platform told the caller's role (admins: every role) within their districts.</summary>
public static class NotificationsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/notifications", async (bool? unread, int? page, int? pageSize, HttpContext http, NotificationStore store, CancellationToken cancellationToken) =>
        {
            if (page is < 1 || pageSize is < 1 or > 1000)
            {
                return ApiResults.Invalid([new(page is < 1 ? "page" : "pageSize", page is < 1 ? "must be 1 or more" : "must be 1-1000")]);
            }

            var user = CurrentUser.Of(http);
            var roles = user.Role == Role.Admin ? null : new[] { RoleNames.Of(user.Role) };
            var (items, total) = await store.PageAsync(roles, user.Scope, unread ?? false, page ?? 1, pageSize ?? 50, cancellationToken);
            return Results.Ok(new { items, total, page = page ?? 1, pageSize = pageSize ?? 50 });
        }).RequirePermission(Permission.Read);
        api.MapPost("/notifications/{id:long}/read", async (long id, HttpContext http, NotificationStore store, CancellationToken cancellationToken) =>
        {
            await store.MarkReadAsync(id, CurrentUser.Of(http).Name, cancellationToken);
            return Results.NoContent();
        }).RequirePermission(Permission.Read);
        return api;
    }
}
