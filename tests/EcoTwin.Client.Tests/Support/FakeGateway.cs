using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Client.Tests.Support;

/// <summary>What the fake gateway does with one packet.</summary>
internal enum FakeAnswer
{
    Ack,
    Ignore,
    Close,
}

/// <summary>
/// A stand-in for the HJ 212 gateway on loopback: frames and parses what devices send, records it,
/// and answers each packet with a 9014, ignores it or drops the connection, as the test decides.
/// </summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<Hj212Packet, FakeAnswer> _policy;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _serving = [];
    private readonly Task _accepting;
    private int _connections;

    public FakeGateway(Func<Hj212Packet, FakeAnswer>? policy = null)
    {
        _policy = policy ?? (_ => FakeAnswer.Ack);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Every data segment received, in arrival order per connection.</summary>
    public ConcurrentQueue<(string Mn, string Qn, string Segment)> Received { get; } = new();

    public int Connections => Volatile.Read(ref _connections);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_serving);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                _serving.Add(ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var pending = new List<byte>();
            var buffer = new byte[8192];
            try
            {
                while (true)
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    pending.AddRange(buffer.AsSpan(0, read));
                    while (Hj212Framer.ReadFrame(new ReadOnlyMemory<byte>([.. pending])) is { Consumed: > 0 } frame)
                    {
                        pending.RemoveRange(0, (int)frame.Consumed);
                        if (frame.Kind != Hj212FrameKind.Frame || Hj212Parser.Parse(frame.Segment.ToArray()).Packet is not { } packet)
                        {
                            continue;
                        }

                        Received.Enqueue((packet.Mn, packet.Qn!, Encoding.UTF8.GetString(frame.Segment.ToArray())));
                        switch (_policy(packet))
                        {
                            case FakeAnswer.Ack:
                                await stream.WriteAsync(Hj212Encoder.EncodeFrame(Hj212Replies.DataResponse(packet)), _stop.Token);
                                break;
                            case FakeAnswer.Close:
                                return;
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
            {
            }
        }
    }
}
