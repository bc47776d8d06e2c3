using System.Net;
using System.Net.Sockets;
using EcoTwin.Domain.Hj212;

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

    private async Task SendLoopAsync(Socket socket, CancellationToken cancellationToken)
    {
        try
        {
            while (await _wake.Reader.WaitToReadAsync(cancellationToken))
            {
                _wake.Reader.TryRead(out _);
                var bytes = _outgoing.Take();
                while (!bytes.IsEmpty)
                {
                    bytes = bytes[await socket.SendAsync(bytes, SocketFlags.None, cancellationToken)..];
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection is gone; RunAsync reconnects.
        }
    }

    private async Task ReceiveLoopAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var start = 0;
        var end = 0;
        try
        {
            while (true)
            {
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                var read = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None, cancellationToken);
                if (read == 0)
                {
                    return; // closed by the gateway
                }

                end += read;
                while (true)
                {
                    var frame = Hj212Framer.ReadFrame(buffer.AsMemory(start, end - start));
                    start += (int)frame.Consumed;
                    if (frame.Kind == Hj212FrameKind.Frame && Hj212Parser.Parse(frame.Segment.FirstSpan).Packet is { Cn: Hj212Codes.DataResponse, Qn: { } qn })
                    {
                        Answered(qn);
                    }

                    if (frame.Kind == Hj212FrameKind.NeedMoreData)
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection is gone; RunAsync reconnects.
        }
    }
}
