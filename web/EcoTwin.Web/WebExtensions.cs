using System.Text.Json.Serialization;
using EcoTwin.Web.Devices;
using EcoTwin.Web.Stations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EcoTwin.Web;

/// <summary>Composes the web front: JSON conventions, problem details and the API.</summary>
public static class WebExtensions
{
    /// <summary>Registers the web front's services.</summary>
    public static TBuilder AddEcoTwinWeb<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails();
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        return builder;
    }

    /// <summary>Maps the API endpoints.</summary>
    public static IEndpointRouteBuilder MapEcoTwinWeb(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapStationsApi();
        api.MapDevicesApi();
        return endpoints;
    }
}
