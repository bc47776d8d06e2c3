using System.Net;
using System.Net.Sockets;

namespace EcoTwin.Client.Simulation;

/// <content>The device's TCP connection: connect, reconnect to the next gateway after a drop, send and receive loops.</content>
internal sealed partial class DeviceSession
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);
    private readonly TaskCompletionSource _firstRound = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _gatewayIndex;

    /// <summary>Why the last connection attempt failed, if it did.</summary>
    public string? LastConnectError { get; private set; }

    /// <summary>Completes when the device is connected for the first time, or has tried every gateway once.</summary>
    public Task FirstRound => _firstRound.Task;

    /// <summary>Keeps the device connected until <paramref name="stop"/>: on a drop or a refusal it tries the next gateway.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var connections = 0;
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var gateway = _context.Gateways[_gatewayIndex];
            var socket = await ConnectAsync(gateway, stop);
            if (socket is null)
            {
                if (failures + 1 >= _context.Gateways.Count)
                {
                    _firstRound.TrySetResult();
                }

                _gatewayIndex = (_gatewayIndex + 1) % _context.Gateways.Count;
                if (++failures % _context.Gateways.Count == 0 && !await PauseAsync(failures / _context.Gateways.Count, stop))
                {
                    break;
                }

                continue;
            }

            failures = 0;
            if (connections++ > 0)
            {
                _context.Counters.AddReconnect();
            }

            await ServeAsync(socket, stop);
            if (!stop.IsCancellationRequested)
            {
                DeviceSimulator.LogConnectionLost(_context.Logger, Device.Mn, $"{gateway.Host}:{gateway.Port}");
                _gatewayIndex = (_gatewayIndex + 1) % _context.Gateways.Count;
                if (!await PauseAsync(1, stop))
                {
                    break;
                }
            }
        }

        _firstRound.TrySetResult();
    }

    private async Task<Socket?> ConnectAsync(DnsEndPoint gateway, CancellationToken stop)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(_context.Options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(gateway, timeout.Token);
            return socket;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            socket.Dispose();
            if (!stop.IsCancellationRequested)
            {
                LastConnectError = ex is OperationCanceledException ? $"no answer within {_context.Options.ConnectTimeout.TotalSeconds:0.#} s" : ex.Message;
                DeviceSimulator.LogConnectFailed(_context.Logger, Device.Mn, $"{gateway.Host}:{gateway.Port}", ex.Message);
            }

            return null;
        }
    }

    private async Task<bool> PauseAsync(int round, CancellationToken stop)
    {
        var pause = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, FirstBackoff.Ticks << Math.Min(round - 1, 10)));
        try
        {
            await Task.Delay(pause, _context.Time, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ServeAsync(Socket socket, CancellationToken stop)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stop);
        int resent;
        lock (_sync)
        {
            // Whatever waited for an answer on the last connection (or was produced offline) goes out first.
            _outgoing.Clear();
            _resend.Clear();
            resent = _pending.TransmitAll(_context.Time.GetTimestamp(), _resend);
            foreach (var frame in _resend)
            {
                _outgoing.Append(frame);
            }

            _connected = true;
        }

        _context.Counters.AddRetried(resent);
        _firstRound.TrySetResult();
        _wake.Writer.TryWrite(true);
        var sending = SendLoopAsync(socket, connection.Token);
        var receiving = ReceiveLoopAsync(socket, connection.Token);
        await Task.WhenAny(sending, receiving);
        lock (_sync)
        {
            _connected = false;
        }

        _outgoing.Clear();
        await connection.CancelAsync();
        socket.Dispose();
        await Task.WhenAll(sending, receiving);
    }
}
