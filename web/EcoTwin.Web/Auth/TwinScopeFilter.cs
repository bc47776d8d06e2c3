using System.Reflection;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Auth;

/// <summary>
/// District scope on every twin endpoint of the API: for a district-scoped user, a route
/// <c>/api/{stations|sources|enterprises|districts|devices}/{key}/...</c> or
/// <c>/api/twins/{kind}/{key}/...</c> whose twin lies outside the user's districts answers 404 as if
/// it did not exist, and a body naming a district outside them is refused with 403. Users of the whole
/// city pass untouched.
/// </summary>
public sealed class TwinScopeFilter(ScopeResolver resolver) : IEndpointFilter
{
    private static readonly Dictionary<string, string> KindBySegment = new(StringComparer.Ordinal)
    {
        ["stations"] = "station", ["sources"] = "source", ["enterprises"] = "enterprise", ["districts"] = "district", ["devices"] = "device",
    };

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (CurrentUser.From(http.User) is not { Scoped: true } user)
        {
            return await next(context);
        }

        if (Twin(http) is var (kind, key) && !await resolver.MaySeeAsync(user, kind, key, http.RequestAborted))
        {
            var unknown = (await resolver.DistrictsOfAsync(kind, key, http.RequestAborted)).Count == 0;
            if (!unknown || HttpMethods.IsGet(http.Request.Method))
            {
                return ApiResults.NotFound($"{char.ToUpperInvariant(kind[0])}{kind[1..]} '{key}'");
            }

            if (kind == "device")
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Outside your districts",
                    detail: "District-scoped users manage the devices of twins in their districts only: register the station or outlet first.");
            }
        }

        var districts = context.Arguments.Select(DistrictOf).Where(d => d is not null).ToList();
        if (Twin(http) is var (newKind, newKey) && districts.Count == 0 && !HttpMethods.IsGet(http.Request.Method)
            && (await resolver.DistrictsOfAsync(newKind, newKey, http.RequestAborted)).Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Outside your districts",
                detail: $"{newKind} '{newKey}' is not known in your districts.");
        }

        foreach (var district in districts)
        {
            if (!user.InScope(district))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Outside your districts",
                    detail: $"District {district} is outside your districts ({string.Join(", ", user.Districts)}).");
            }
        }

        return await next(context);
    }

    private static (string Kind, string Key)? Twin(HttpContext http)
    {
        if (http.GetEndpoint() is not RouteEndpoint { RoutePattern: var pattern } || pattern.PathSegments.Count < 3)
        {
            return null;
        }

        string? Literal(int i) => pattern.PathSegments[i].IsSimple && pattern.PathSegments[i].Parts[0] is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : null;
        string? Value(int i) => pattern.PathSegments.Count > i && pattern.PathSegments[i].IsSimple
            && pattern.PathSegments[i].Parts[0] is Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter
            ? http.GetRouteValue(parameter.Name) as string : null;

        if (Literal(0) != "api")
        {
            return null;
        }

        if (Literal(1) == "twins" && Value(2) is { } twinKind && Value(3) is { } twinKey)
        {
            return (twinKind, twinKey);
        }

        return Literal(1) is { } segment && KindBySegment.TryGetValue(segment, out var kind) && Value(2) is { } key ? (kind, key) : null;
    }

    private static string? DistrictOf(object? argument) =>
        argument?.GetType().GetProperty("DistrictCode", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var type } property && type == typeof(string)
            ? property.GetValue(argument) as string
            : null;
}
