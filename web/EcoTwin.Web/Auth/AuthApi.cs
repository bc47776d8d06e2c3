using EcoTwin.Domain.Auth;
using EcoTwin.Storage.Users;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EcoTwin.Web.Auth;

/// <summary><c>/api/auth</c>: sign in and out (cookie session), who am I, and one's own API keys.</summary>
public static class AuthApi
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth");
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).AllowAnonymous();
        auth.MapGet("/me", (HttpContext http) => Results.Ok(MeView.Of(CurrentUser.Of(http)))).RequirePermission(Permission.Read);
        auth.MapGet("/keys", async (HttpContext http, ApiKeyStore keys, CancellationToken cancellationToken) =>
            Results.Ok(KeyViews(await keys.ListAsync(CurrentUser.Of(http).Name, cancellationToken)))).RequirePermission(Permission.Read);
        auth.MapPost("/keys", (HttpContext http, KeyBody? body, UserStore users, ApiKeyStore keys, CancellationToken cancellationToken) =>
            CreateKeyAsync(http, CurrentUser.Of(http).Name, body, users, keys, cancellationToken)).RequirePermission(Permission.Read);
        auth.MapDelete("/keys/{id}", async (string id, HttpContext http, ApiKeyStore keys, UserCache cache, CancellationToken cancellationToken) =>
        {
            var user = CurrentUser.Of(http).Name;
            cache.Forget(user);
            return await keys.RevokeAsync(user, id, cancellationToken) ? Results.NoContent() : ApiResults.NotFound($"API key '{id}'");
        }).RequirePermission(Permission.Read);
        return auth;
    }

    /// <summary>Makes an API key for <paramref name="userName"/> and answers it (shown this once).</summary>
    public static async Task<IResult> CreateKeyAsync(HttpContext http, string userName, KeyBody? body, UserStore users, ApiKeyStore keys, CancellationToken cancellationToken)
    {
        if (userName == EcoTwinClaims.BootstrapUser || await users.GetAsync(userName, cancellationToken) is null)
        {
            return ApiResults.NotFound($"User '{userName}'");
        }

        if (body?.Label is { Length: > 100 })
        {
            return ApiResults.Invalid([new("label", "is longer than 100 characters")]);
        }

        var (key, id, hash) = ApiKeys.Generate();
        await keys.AddAsync(id, userName, hash, body?.Label, cancellationToken);
        AuditNote.Set(http, $"API key {id} for {userName}");
        return Results.Created($"/api/auth/keys/{id}", new { id, key, label = body?.Label, user = userName });
    }

    /// <summary>The keys as shown: never their hash.</summary>
    public static IEnumerable<object> KeyViews(IEnumerable<ApiKeyRecord> keys) =>
        keys.Select(k => new { k.Id, k.Label, k.CreatedAt, k.LastUsedAt, k.RevokedAt });

    private static async Task<IResult> LoginAsync(LoginBody body, HttpContext http, UserStore users, IOptions<AuthOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var name = body.Name?.Trim().ToLowerInvariant() ?? string.Empty;
        var user = name.Length == 0 ? null : await users.GetAsync(name, cancellationToken);
        if (user is { LockedUntil: { } until } && until > time.GetUtcNow())
        {
            AuditNote.Set(http, "sign-in refused: locked out", name);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Locked out",
                detail: $"Too many failed sign-ins; try again after {until:HH:mm:ss} UTC.");
        }

        var ok = user is { Disabled: false, PasswordHash: { } hash } && body.Password is not null
            && Passwords.Verify(user.Name, hash, body.Password, out _) && RoleNames.TryParse(user.Role, out _);
        if (user is not null)
        {
            await users.RecordSignInAsync(user.Name, ok, options.Value.MaxFailedLogins, options.Value.Lockout, cancellationToken);
        }

        if (!ok)
        {
            AuditNote.Set(http, "sign-in failed", name);
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: "Unknown user or wrong password.");
        }

        RoleNames.TryParse(user!.Role, out var role);
        var principal = CurrentUser.Principal(user.Name, user.DisplayName, role, user.Districts, "password", CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        AuditNote.Set(http, "signed in", user.Name);
        return Results.Ok(MeView.Of(CurrentUser.From(principal)!));
    }
}
