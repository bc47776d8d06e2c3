using EcoTwin.Domain.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Auth;

/// <summary>
/// Secure by default: an API endpoint that writes (not GET/HEAD) and declares no permission of its
/// own (<see cref="PermissionExtensions.RequirePermission{TBuilder}"/>) needs <see cref="Permission.WriteMasterData"/> (stewards and admins).
/// </summary>
public static class WritePolicyConvention
{
    /// <summary>Adds the write policy to <paramref name="endpoint"/> where it applies.</summary>
    public static void Apply(EndpointBuilder endpoint)
    {
        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        var writes = methods.Count == 0 || methods.Any(m => m is not ("GET" or "HEAD"));
        var ownPolicy = endpoint.Metadata.OfType<PermissionMetadata>().Any() || endpoint.Metadata.OfType<IAllowAnonymous>().Any();
        if (writes && !ownPolicy)
        {
            endpoint.Metadata.Add(new AuthorizeAttribute(Policies.Of(Permission.WriteMasterData)));
        }
    }
}
