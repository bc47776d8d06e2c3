using System.Net;
using EcoTwin.Grains;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;

namespace EcoTwin.Silo.Cluster;

/// <summary>Adds the Orleans silo: ADO.NET clustering, twin storage and reminders on PostgreSQL, the dashboard.</summary>
public static class SiloHostingExtensions
{
    private const string Invariant = "Npgsql";

    /// <summary>Configures the co-hosted silo against the database at <paramref name="connectionString"/>.</summary>
    public static WebApplicationBuilder AddEcoTwinSilo(this WebApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddOptions<ClusterSettings>()
            .BindConfiguration(ClusterSettings.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var settings = builder.Configuration.GetSection(ClusterSettings.SectionName).Get<ClusterSettings>() ?? new ClusterSettings();
        var advertised = AdvertisedAddress(settings.AdvertisedAddress);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = settings.ClusterId;
                options.ServiceId = settings.ServiceId;
            });
            silo.ConfigureEndpoints(advertised, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = Invariant;
                options.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage(GrainStorageNames.Twins, options =>
            {
                options.Invariant = Invariant;
                options.ConnectionString = connectionString;
            });
            // The storage's Newtonsoft JSON marks objects with $id by default, and then cannot read an
            // immutable dictionary back (an outlet's limits): twin state is a tree, it needs no references.
            silo.Services.Configure<OrleansJsonSerializerOptions>(options =>
                options.JsonSerializerSettings.PreserveReferencesHandling = Newtonsoft.Json.PreserveReferencesHandling.None);
            silo.UseAdoNetReminderService(options =>
            {
                options.Invariant = Invariant;
                options.ConnectionString = connectionString;
            });
            silo.AddActivityPropagation();
            silo.AddDashboard();
            if (settings.Kubernetes)
            {
                silo.UseKubernetesHosting();
            }
        });
        return builder;
    }

    private static IPAddress AdvertisedAddress(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Dns.GetHostAddresses(Dns.GetHostName())
                .FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
                ?? IPAddress.Loopback;
        }

        return IPAddress.TryParse(configured, out var address)
            ? address
            : throw new OptionsValidationException(ClusterSettings.SectionName, typeof(ClusterSettings),
                [$"EcoTwin:Cluster:AdvertisedAddress '{configured}' is not an IP address (leave it empty for this host's own)"]);
    }
}
