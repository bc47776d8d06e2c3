using System.Collections.Immutable;
using System.Security.Claims;
using EcoTwin.Contracts.Cases;
using EcoTwin.Domain.Auth;
using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Auth;

/// <summary>The signed-in user of a request: name, role and the districts they are limited to (empty: the whole city).</summary>
public sealed record CurrentUser(string Name, string? DisplayName, Role Role, ImmutableArray<string> Districts, string Method)
{
    /// <summary>Whether the user is limited to some districts.</summary>
    public bool Scoped => Districts.Length > 0;

    /// <summary>The districts to filter lists by; null for the whole city.</summary>
    public IReadOnlyCollection<string>? Scope => Scoped ? Districts : null;

    /// <summary>The user as an actor on cases.</summary>
    public CaseActor Actor => new(Name, RoleNames.Of(Role), Districts);

    /// <summary>Whether the user's role grants <paramref name="permission"/>.</summary>
    public bool Has(Permission permission) => PermissionMatrix.Allows(Role, permission);

    /// <summary>Whether something in <paramref name="district"/> is within the user's districts (unknown districts are not, for a scoped user).</summary>
    public bool InScope(string? district) => !Scoped || (district is not null && Districts.Contains(district));

    /// <summary>The user of a principal, or null when it is not an EcoTwin user.</summary>
    public static CurrentUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true, Name: { } name }
            || !RoleNames.TryParse(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return null;
        }

        return new CurrentUser(name, principal.FindFirstValue(EcoTwinClaims.DisplayName), role,
            [.. principal.FindAll(EcoTwinClaims.District).Select(c => c.Value)], principal.FindFirstValue(EcoTwinClaims.Method) ?? "unknown");
    }

    /// <summary>The user of <paramref name="http"/>; the endpoints behind authorization always have one.</summary>
    public static CurrentUser Of(HttpContext http) =>
        From(http.User) ?? throw new InvalidOperationException("The request has no signed-in EcoTwin user.");

    /// <summary>The principal of a user.</summary>
    public static ClaimsPrincipal Principal(string name, string? displayName, Role role, IEnumerable<string> districts, string method, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, RoleNames.Of(role)),
            new(EcoTwinClaims.Method, method),
        };
        if (displayName is not null)
        {
            claims.Add(new Claim(EcoTwinClaims.DisplayName, displayName));
        }

        claims.AddRange(districts.Select(d => new Claim(EcoTwinClaims.District, d)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
