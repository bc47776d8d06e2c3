using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using EcoTwin.Domain.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcoTwin.Web.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> (or <c>?access_token=</c> on the hub, for
/// WebSocket clients that cannot set headers): the bootstrap admin key, or a stored API key of an
/// enabled user.
/// </summary>
public sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory loggers, UrlEncoder encoder, UserCache cache, IOptions<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggers, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The bearer token of a request, if it carries one.</summary>
    public static string? TokenOf(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Path.StartsWithSegments("/hubs") && request.Query["access_token"].ToString() is { Length: > 0 } token ? token : null;
    }

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (TokenOf(Request) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        if (auth.Value.BootstrapAdminKey is { Length: > 0 } bootstrap
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), SHA256.HashData(Encoding.UTF8.GetBytes(bootstrap))))
        {
            return Success(CurrentUser.Principal(EcoTwinClaims.BootstrapUser, "Bootstrap administrator", Role.Admin, [], "bootstrap", SchemeName));
        }

        if (!ApiKeys.TryParse(token, out var id, out var secret))
        {
            return AuthenticateResult.Fail("The bearer token is not an EcoTwin API key (etk_...).");
        }

        var key = await cache.KeyAsync(id, Context.RequestAborted);
        if (key is not { RevokedAt: null } || !ApiKeys.Matches(secret, key.Hash))
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var user = await cache.UserAsync(key.UserName, Context.RequestAborted);
        if (user is not { Disabled: false } || !RoleNames.TryParse(user.Role, out var role))
        {
            return AuthenticateResult.Fail("The key's user is disabled or gone.");
        }

        return Success(CurrentUser.Principal(user.Name, user.DisplayName, role, user.Districts, "apiKey", SchemeName));
    }

    private AuthenticateResult Success(System.Security.Claims.ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
}
