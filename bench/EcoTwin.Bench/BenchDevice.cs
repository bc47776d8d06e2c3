using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using EcoTwin.Client.Simulation;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Bench;

/// <summary>
/// One benchmark device on its own connection, closed loop: it keeps <c>window</c> real-time uploads
/// waiting for their 9014 at all times, each a second of data later than the one before (a device
/// catching up on its buffer), so every packet makes distinct reading rows.
/// </summary>
internal sealed class BenchDevice(string mn, int port, int window, DateTime firstDataTime, IngestCounters counters)
{
    private const string Password = "123456";
    private readonly UploadTemplate _template = new("22", "2011", Password, mn);
    private readonly ConcurrentQueue<long> _sentAt = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long _sent;
    private long _acked;

    /// <summary>The device's MN.</summary>
    public string Mn { get; } = mn;

    /// <summary>The registry body of the device.</summary>
    public static object Registration => new { kind = "station", password = Password };

    /// <summary>Sends until <paramref name="stop"/>, then waits (up to 30 s) for the answers still due.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        using var drained = new CancellationTokenSource();
        var receiving = ReceiveAsync(socket, drained.Token);
        var buffer = new MemoryStream();
        _wake.Writer.TryWrite(true);
        try
        {
            while (await _wake.Reader.WaitToReadAsync(stop))
            {
                _wake.Reader.TryRead(out _);
                buffer.SetLength(0);
                for (var free = window - (Interlocked.Read(ref _sent) - Interlocked.Read(ref _acked)); free > 0; free--)
                {
                    buffer.Write(NextFrame());
                }

                await socket.SendAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), SocketFlags.None, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // load stops; the answers still due come in below
        }

        drained.CancelAfter(TimeSpan.FromSeconds(30));
        while (Interlocked.Read(ref _acked) < Interlocked.Read(ref _sent) && !drained.IsCancellationRequested)
        {
            await Task.Delay(20);
        }

        await drained.CancelAsync();
        await receiving;
    }

    private byte[] NextFrame()
    {
        var n = _sent;
        var at = firstDataTime.AddSeconds(n);
        Span<byte> qn = stackalloc byte[17];
        firstDataTime.AddMilliseconds(n).TryFormat(qn, out _, "yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var cp = string.Create(CultureInfo.InvariantCulture,
            $"DataTime={at:yyyyMMddHHmmss};a34004-Rtd={30 + (n % 50)}.5,a34004-Flag=N;a34002-Rtd={60 + (n % 70)},a34002-Flag=N;a21026-Rtd=8,a21026-Flag=N;a21004-Rtd={25 + (n % 30)},a21004-Flag=N;a21005-Rtd=0.8,a21005-Flag=N;a05024-Rtd={90 + (n % 40)},a05024-Flag=N");
        _sentAt.Enqueue(System.Diagnostics.Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _sent);
        counters.Sent();
        return _template.Frame(qn, System.Text.Encoding.ASCII.GetBytes(cp));
    }

    private async Task ReceiveAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(length), SocketFlags.None, cancellationToken);
                if (read == 0)
                {
                    return;
                }

                length += read;
                var start = 0;
                while (Hj212Framer.ReadFrame(buffer.AsMemory(start, length - start)) is { Kind: not Hj212FrameKind.NeedMoreData } frame)
                {
                    start += (int)frame.Consumed;
                    if (frame.Kind == Hj212FrameKind.Frame && _sentAt.TryDequeue(out var sentAt))
                    {
                        Interlocked.Increment(ref _acked);
                        counters.Acked(System.Diagnostics.Stopwatch.GetElapsedTime(sentAt));
                    }
                }

                buffer.AsSpan(start, length - start).CopyTo(buffer);
                length -= start;
                _wake.Writer.TryWrite(true);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException)
        {
            // done, or the gateway went away (the run's counts show it)
        }
    }
}
