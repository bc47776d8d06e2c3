using EcoTwin.Domain.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EcoTwin.Web.Auth;

/// <summary>The session cookie's events: 401/403 instead of redirects, and the user re-read so a change of role, districts or a disabled user applies to open sessions.</summary>
public static class SessionEvents
{
    /// <summary>The events.</summary>
    public static CookieAuthenticationEvents Create() => new()
    {
        OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized),
        OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden),
        OnValidatePrincipal = ValidateAsync,
    };

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
