using EcoTwin.Domain.Auth;
using EcoTwin.Storage.Users;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Auth;

/// <summary><c>/api/users</c>: user management for admins (roles, districts, passwords, API keys).</summary>
public static class UsersApi
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").RequirePermission(Permission.ManageUsers);
        users.MapGet(string.Empty, async (UserStore store, CancellationToken cancellationToken) => Results.Ok((await store.ListAsync(cancellationToken)).Select(View)));
        users.MapGet("/{name}", async (string name, UserStore store, CancellationToken cancellationToken) =>
            await store.GetAsync(name, cancellationToken) is { } user ? Results.Ok(View(user)) : ApiResults.NotFound($"User '{name}'"));
        users.MapPost(string.Empty, async (UserBody body, UserStore store, CancellationToken cancellationToken) =>
        {
            var (user, errors) = body.ToRecord(body.Name ?? string.Empty, passwordAllowed: true);
            if (user is null)
            {
                return ApiResults.Invalid(errors);
            }

            return await store.CreateAsync(user, cancellationToken)
                ? Results.Created($"/api/users/{user.Name}", View(user))
                : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "User exists", detail: $"User '{user.Name}' exists already.");
        });
        users.MapPut("/{name}", async (string name, UserBody body, UserStore store, UserCache cache, CancellationToken cancellationToken) =>
        {
            var (user, errors) = body.ToRecord(name, passwordAllowed: false);
            if (user is null)
            {
                return ApiResults.Invalid(errors);
            }

            cache.Forget(name);
            return await store.UpdateAsync(user, cancellationToken) ? Results.Ok(View(user)) : ApiResults.NotFound($"User '{name}'");
        });
        users.MapPost("/{name}/password", async (string name, PasswordBody body, UserStore store, CancellationToken cancellationToken) =>
            UserNames.CheckPassword("password", body.Password, name) is { } error ? ApiResults.Invalid([error])
            : await store.SetPasswordHashAsync(name, Passwords.Hash(name, body.Password!), cancellationToken) ? Results.NoContent()
            : ApiResults.NotFound($"User '{name}'"));
        users.MapGet("/{name}/keys", async (string name, ApiKeyStore keys, CancellationToken cancellationToken) =>
            Results.Ok(AuthApi.KeyViews(await keys.ListAsync(name, cancellationToken))));
        users.MapPost("/{name}/keys", (string name, KeyBody? body, HttpContext http, UserStore store, ApiKeyStore keys, CancellationToken cancellationToken) =>
            AuthApi.CreateKeyAsync(http, name, body, store, keys, cancellationToken));
        users.MapDelete("/{name}/keys/{id}", async (string name, string id, ApiKeyStore keys, UserCache cache, CancellationToken cancellationToken) =>
        {
            cache.Forget(name);
            return await keys.RevokeAsync(name, id, cancellationToken) ? Results.NoContent() : ApiResults.NotFound($"API key '{id}' of '{name}'");
        });
        return users;
    }

    private static object View(UserRecord user) =>
        new { user.Name, user.DisplayName, user.Role, user.Districts, user.Disabled, HasPassword = user.PasswordHash is not null };
}
