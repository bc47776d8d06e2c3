using EcoTwin.Silo.Cases;
using EcoTwin.Silo.Cluster;
using EcoTwin.Silo.Database;
using EcoTwin.Silo.Demo;
using EcoTwin.Silo.Gateway;
using EcoTwin.Silo.Health;
using EcoTwin.Silo.Telemetry;
using EcoTwin.Silo.Twins;
using EcoTwin.Web;
using Orleans.Dashboard;

namespace EcoTwin.Silo;

/// <summary>
/// The whole EcoTwin host: database, silo, web front. Program.cs runs it; tests build it the same way
/// with their own settings.
/// </summary>
public sealed class EcoTwinSiloApp : IAsyncDisposable
{
    private EcoTwinSiloApp(WebApplication app, EcoTwinDatabase database)
    {
        App = app;
        Database = database;
    }

    /// <summary>The built web application hosting the silo.</summary>
    public WebApplication App { get; }

    /// <summary>The database the silo runs on.</summary>
    public EcoTwinDatabase Database { get; }

    /// <summary>Builds the host; <paramref name="configure"/> lets tests adjust the builder first.</summary>
    public static async Task<EcoTwinSiloApp> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(DemoHostingExtensions.ExpandSwitch(args));
        configure?.Invoke(builder);
        var database = await builder.AddEcoTwinDatabaseAsync();
        try
        {
            builder.AddEcoTwinSilo(database.ConnectionString);
            builder.AddEcoTwinTwins();
            builder.AddEcoTwinCaseBoard();
            builder.AddEcoTwinGateway();
            builder.AddEcoTwinHealth();
            builder.AddEcoTwinTelemetry();
            builder.AddEcoTwinWeb();
            builder.AddEcoTwinDemo();
            var app = builder.Build();
            app.UseEcoTwinWeb();
            app.MapEcoTwinHealth();
            app.MapEcoTwinMetrics();
            app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(Web.Auth.Policies.Of(Domain.Auth.Permission.ManageUsers));
            app.MapEcoTwinWeb();
            return new EcoTwinSiloApp(app, database);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the host if still running, then the managed database.</summary>
    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
