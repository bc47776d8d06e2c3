using EcoTwin.Domain.Auth;
using EcoTwin.Storage.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Auth;

/// <summary>Writes an audit entry for every request that is not a read (who, when, what, from where, the answer).</summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditWriter audit, TimeProvider time)
{
    /// <summary>Runs the request, then records it when it was a write.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        var at = time.GetUtcNow();
        try
        {
            await next(http);
        }
        finally
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
                && http.Request.Path.StartsWithSegments("/api"))
            {
                var user = CurrentUser.From(http.User);
                var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.TrimEnd('/');
                audit.Post([new AuditEntry(
                    at, user?.Name ?? AuditNote.User(http), user is null ? null : RoleNames.Of(user.Role),
                    $"{http.Request.Method} {pattern ?? http.Request.Path.Value}", http.Request.Path.Value, http.Response.StatusCode,
                    http.Connection.RemoteIpAddress?.ToString(), AuditNote.Detail(http))]);
            }
        }
    }
}
