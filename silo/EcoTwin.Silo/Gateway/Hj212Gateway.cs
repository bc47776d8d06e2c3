using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace EcoTwin.Silo.Gateway;

/// <summary>
/// The HJ 212 TCP gateway: listens on Kestrel's socket transport (System.IO.Pipelines) and serves
/// each device connection with a <see cref="DeviceConnection"/>.
/// </summary>
public sealed partial class Hj212Gateway(
    IEnumerable<IConnectionListenerFactory> listenerFactories,
    IOptions<GatewayOptions> options,
    GatewayServices services,
    ILogger<Hj212Gateway> logger) : BackgroundService
{
    private readonly TaskCompletionSource<IPEndPoint> _bound = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, (ConnectionContext Connection, Task Serving)> _connections = new();
    private IConnectionListener? _listener;

    /// <summary>The endpoint the gateway listens on, once bound (port 0 in settings becomes the real port).</summary>
    public Task<IPEndPoint> Bound => _bound.Task;

    /// <summary>Open device connections.</summary>
    public int ConnectionCount => _connections.Count;

    /// <inheritdoc />
    /// <exception cref="GatewayUnavailableException">The port cannot be listened on; the silo does not start.</exception>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(IPAddress.Parse(options.Value.ListenAddress), options.Value.Port);
        var factory = listenerFactories.First(f => f is not IConnectionListenerFactorySelector selector || selector.CanBind(endpoint));
        try
        {
            _listener = await factory.BindAsync(endpoint, cancellationToken);
        }
        catch (Exception ex) when (ex is AddressInUseException or IOException or System.Net.Sockets.SocketException)
        {
            throw new GatewayUnavailableException(
                $"The HJ 212 gateway cannot listen on {endpoint}: {ex.Message}. Free the port, or set EcoTwin:Gateway:Port " +
                "(or EcoTwin:Gateway:Enabled=false for a silo without a gateway).");
        }

        var bound = (IPEndPoint)_listener.EndPoint;
        _bound.TrySetResult(bound);
        LogListening(logger, bound);
        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var listener = _listener!;
        try
        {
            while (await listener.AcceptAsync(stoppingToken) is { } connection)
            {
                if (_connections.Count >= options.Value.MaxConnections)
                {
                    services.Metrics.Refused();
                    await connection.DisposeAsync();
                    continue;
                }

                _connections[connection.ConnectionId] = (connection, ServeAsync(connection, stoppingToken));
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
        finally
        {
            await listener.UnbindAsync(CancellationToken.None);
            foreach (var (connection, _) in _connections.Values)
            {
                connection.Abort();
            }

            await Task.WhenAll(_connections.Values.Select(entry => entry.Serving));
        }
    }

    private async Task ServeAsync(ConnectionContext connection, CancellationToken stoppingToken)
    {
        await Task.Yield();
        services.Metrics.Opened();
        try
        {
            await new DeviceConnection(connection, services).RunAsync(stoppingToken);
        }
        catch (Exception ex)
        {
            LogConnectionFailed(logger, connection.RemoteEndPoint, ex);
        }
        finally
        {
            services.Metrics.Closed();
            _connections.TryRemove(connection.ConnectionId, out _);
            await connection.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HJ 212 gateway listening on {EndPoint}")]
    private static partial void LogListening(ILogger logger, IPEndPoint endPoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Device connection from {Peer} failed")]
    private static partial void LogConnectionFailed(ILogger logger, EndPoint? peer, Exception exception);
}
