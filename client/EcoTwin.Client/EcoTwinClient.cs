using System.Net;
using EcoTwin.Contracts.Stations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace EcoTwin.Client;

/// <summary>
/// A connection to an EcoTwin cluster for scripts: an Orleans client with typed access to the twins.
/// <code>
/// await using var ecotwin = await EcoTwinClient.ConnectAsync(new EcoTwinClientOptions());
/// var station = await ecotwin.Station("320402001").GetInfoAsync();
/// </code>
/// </summary>
public sealed class EcoTwinClient : IAsyncDisposable
{
    private readonly IHost _host;

    private EcoTwinClient(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The underlying Orleans client, for any grain call.</summary>
    public IClusterClient Grains { get; }

    /// <summary>Connects to the cluster.</summary>
    /// <exception cref="EcoTwinUnreachableException">No silo answered within the connect timeout.</exception>
    public static async Task<EcoTwinClient> ConnectAsync(EcoTwinClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var gateways = string.IsNullOrWhiteSpace(options.ConnectionString) ? options.Gateways.Select(ParseEndPoint).ToArray() : [];
        if (gateways.Length > 0)
        {
            await GatewayProbe.EnsureOneAnswersAsync(gateways, cancellationToken);
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter(level => level >= LogLevel.Error);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId;
                cluster.ServiceId = options.ServiceId;
            });
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                client.UseStaticClustering(gateways);
            }
            else
            {
                client.UseAdoNetClustering(adoNet =>
                {
                    adoNet.Invariant = "Npgsql";
                    adoNet.ConnectionString = options.ConnectionString;
                });
            }
        });
        var host = builder.Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await host.StartAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new EcoTwinUnreachableException($"no silo answered within {options.ConnectTimeout.TotalSeconds:0} s");
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new EcoTwinClient(host);
    }

    /// <summary>The twin of the station with code <paramref name="code"/>.</summary>
    public IStationGrain Station(string code) => Grains.GetGrain<IStationGrain>(code);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }

    private static IPEndPoint ParseEndPoint(string gateway)
    {
        var colon = gateway.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(gateway.AsSpan(colon + 1), out var port) || port is < 1 or > 65535)
        {
            throw new ArgumentException($"Gateway '{gateway}' is not host:port (e.g. {EcoTwinClientOptions.DefaultGateway}).", nameof(gateway));
        }

        var host = gateway[..colon];
        var address = IPAddress.TryParse(host, out var ip) ? ip : Dns.GetHostAddresses(host).First();
        return new IPEndPoint(address, port);
    }
}
