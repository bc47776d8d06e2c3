using EcoTwin.Client;
using EcoTwin.Silo;
using EcoTwin.Silo.Gateway;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>The real EcoTwin host, in this process, on a test database and free loopback ports.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly EcoTwinSiloApp _app;

    private TestSilo(EcoTwinSiloApp app, string clusterId, int gatewayPort, int devicePort)
    {
        _app = app;
        DevicePort = devicePort;
        ClusterId = clusterId;
        GatewayPort = gatewayPort;
        var address = app.App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address), DefaultRequestHeaders = { Authorization = new("Bearer", AdminKey) } };
    }

    /// <summary>The bootstrap admin key every test silo accepts; <see cref="Http"/> and child `ecotwin` processes (ECOTWIN_API_KEY) use it.</summary>
    public const string AdminKey = "test-bootstrap-admin-key-0123456789abcdef";

    /// <summary>The cluster id (unique per test).</summary>
    public string ClusterId { get; }

    /// <summary>The Orleans gateway port for clients.</summary>
    public int GatewayPort { get; }

    /// <summary>The HJ 212 gateway's port on loopback.</summary>
    public int DevicePort { get; }

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => _app.App.Services;

    /// <summary>An HTTP client aimed at the silo's web front.</summary>
    public HttpClient Http { get; }

    /// <summary>Starts a silo on <paramref name="connectionString"/>; <paramref name="clusterId"/> joins an existing cluster.</summary>
    public static async Task<TestSilo> StartAsync(string connectionString, string? clusterId = null, IDictionary<string, string?>? settings = null, int httpPort = 0)
    {
        clusterId ??= "test-" + Guid.NewGuid().ToString("N")[..8];
        var ports = FreePorts.Take(2);
        var app = await EcoTwinSiloApp.BuildAsync([], builder =>
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{httpPort}");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:EcoTwin"] = connectionString,
                ["EcoTwin:Cluster:ClusterId"] = clusterId,
                ["EcoTwin:Cluster:ServiceId"] = clusterId,
                ["EcoTwin:Cluster:SiloPort"] = ports[0].ToString(),
                ["EcoTwin:Cluster:GatewayPort"] = ports[1].ToString(),
                ["Logging:LogLevel:Default"] = "Warning",
                ["EcoTwin:Gateway:Port"] = "0",
                ["EcoTwin:Gateway:ListenAddress"] = "127.0.0.1",
                ["EcoTwin:Auth:BootstrapAdminKey"] = AdminKey,
            });
            Environment.SetEnvironmentVariable("ECOTWIN_API_KEY", AdminKey); // the .NET live feed and `ecotwin` runs of the tests
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }
        });
        await app.App.StartAsync();
        var gateway = await app.App.Services.GetRequiredService<Hj212Gateway>().Bound;
        return new TestSilo(app, clusterId, ports[1], gateway.Port);
    }

    /// <summary>Connects a script client to this silo's gateway.</summary>
    public Task<EcoTwinClient> ConnectClientAsync() =>
        EcoTwinClient.ConnectAsync(new EcoTwinClientOptions { Gateways = [$"127.0.0.1:{GatewayPort}"], ClusterId = ClusterId, ServiceId = ClusterId });

    /// <summary>Stops the silo gracefully.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.App.StopAsync();
        await _app.DisposeAsync();
    }
}
