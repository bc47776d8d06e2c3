using System.Text.Json;
using System.Text.Json.Serialization;
using EcoTwin.Storage.Queries;
using EcoTwin.Web.Alarms;
using EcoTwin.Web.Api;
using EcoTwin.Web.Auth;
using EcoTwin.Web.Cases;
using EcoTwin.Web.Devices;
using EcoTwin.Web.Districts;
using EcoTwin.Web.Enterprises;
using EcoTwin.Web.Live;
using EcoTwin.Web.Map;
using EcoTwin.Web.Sources;
using EcoTwin.Web.Stations;
using EcoTwin.Web.Twins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EcoTwin.Web;

/// <summary>Composes the web front: JSON conventions, problem details, the API and the live hub.</summary>
public static class WebExtensions
{
    /// <summary>Registers the web front's services.</summary>
    public static TBuilder AddEcoTwinWeb<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<MasterDataExceptionHandler>();
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.SectionName);
        builder.Services.AddSingleton<TwinDirectory>();
        builder.Services.AddSingleton<ReadingsQuery>();
        builder.Services.AddSingleton<AlarmsQuery>();
        builder.Services.AddSignalR().AddJsonProtocol(options =>
            options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddSingleton<TwinGroups>();
        builder.Services.AddSingleton<RecentChanges>();
        builder.Services.AddSingleton<HubChangeObserver>();
        builder.Services.AddHostedService<ChangeObserverRegistration>();
        builder.AddEcoTwinCasesAndAccess();
        return builder;
    }

    /// <summary>Adds the web front's middleware (problem details for errors).</summary>
    public static IApplicationBuilder UseEcoTwinWeb(this IApplicationBuilder app) => app.UseExceptionHandler().UseEcoTwinAuth();

    /// <summary>Maps the API endpoints and the hub.</summary>
    public static IEndpointRouteBuilder MapEcoTwinWeb(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireEcoTwinAccess();
        api.MapStationsApi();
        api.MapSourcesApi();
        api.MapDevicesApi();
        api.MapTwinsApi();
        api.MapAlarmsApi();
        api.MapMapApi();
        api.MapEnterprisesApi();
        api.MapDistrictsApi();
        api.MapEcoTwinCasesAndAccess();
        endpoints.MapHub<TwinHub>("/hubs/twins").RequireAuthorization();
        Ui.UiEndpoints.MapEcoTwinUi(endpoints);
        return endpoints;
    }
}
