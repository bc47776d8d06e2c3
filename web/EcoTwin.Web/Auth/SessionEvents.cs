using EcoTwin.Domain.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EcoTwin.Web.Auth;

/// <summary>
/// The session cookie's events: 401/403 instead of redirects (except a browser opening the Orleans
/// dashboard without a session: it is sent to the sign-in page, which brings it back), and the user
/// re-read so a change of role, districts or a disabled user applies to open sessions.
/// </summary>
public static class SessionEvents
{
    /// <summary>The events.</summary>
    public static CookieAuthenticationEvents Create() => new()
    {
        OnRedirectToLogin = context => IsDashboardPage(context.Request)
            ? Redirect(context, "/?return=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString))
            : Status(context, StatusCodes.Status401Unauthorized),
        OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden),
        OnValidatePrincipal = ValidateAsync,
    };

    private static bool IsDashboardPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, string location)
    {
        context.Response.Redirect(location);
        return Task.CompletedTask;
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (CurrentUser.From(context.Principal) is not { } session)
        {
            context.RejectPrincipal();
            return;
        }

        var cache = context.HttpContext.RequestServices.GetRequiredService<UserCache>();
        var user = await cache.UserAsync(session.Name, context.HttpContext.RequestAborted);
        if (user is not { Disabled: false } || !RoleNames.TryParse(user.Role, out var role))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (role != session.Role || !user.Districts.SequenceEqual(session.Districts) || user.DisplayName != session.DisplayName)
        {
            context.ReplacePrincipal(CurrentUser.Principal(user.Name, user.DisplayName, role, user.Districts, session.Method, CookieAuthenticationDefaults.AuthenticationScheme));
            context.ShouldRenew = true;
        }
    }
}
