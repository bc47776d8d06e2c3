using EcoTwin.Domain.Auth;
using Microsoft.AspNetCore.Builder;

namespace EcoTwin.Web.Auth;

/// <summary>Declares the permission an endpoint needs.</summary>
public static class PermissionExtensions
{
    /// <summary>The endpoint needs <paramref name="permission"/>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policies.Of(permission)).WithMetadata(new PermissionMetadata(permission));

    /// <summary>The endpoint is for people working cases: operators or officers (and admins).</summary>
    public static TBuilder RequireCaseWork<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PermissionMetadata.CaseWork).WithMetadata(new PermissionMetadata(Permission.HandleCases));
}
