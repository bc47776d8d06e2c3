using EcoTwin.Domain.Auth;
using Microsoft.AspNetCore.Authorization;

namespace EcoTwin.Web.Auth;

/// <summary>One authorization policy per <see cref="Permission"/>, named as the permission (read, actOnCases ...).</summary>
public static class Policies
{
    /// <summary>The policy name of <paramref name="permission"/>.</summary>
    public static string Of(Permission permission) => RoleNames.Of(permission);

    /// <summary>Adds every policy; the default policy is <see cref="Permission.Read"/>.</summary>
    public static void Add(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            options.AddPolicy(Of(permission), policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => CurrentUser.From(context.User)?.Has(permission) == true));
        }

        options.AddPolicy(PermissionMetadata.CaseWork, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => CurrentUser.From(context.User) is { } user && (user.Has(Permission.ActOnCases) || user.Has(Permission.HandleCases))));
        options.DefaultPolicy = options.GetPolicy(Of(Permission.Read))!;
    }
}
