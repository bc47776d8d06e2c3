using System.Net.Sockets;
using System.Text;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>A device on a TCP connection to the gateway, for tests: sends bytes and frames, reads answers.</summary>
public sealed class DeviceClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly List<byte> _received = [];

    private DeviceClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    /// <summary>Connects to the gateway on loopback.</summary>
    public static async Task<DeviceClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        return new DeviceClient(tcp);
    }

    /// <summary>Sends <paramref name="packet"/> as a frame.</summary>
    public Task SendAsync(Hj212Packet packet) => SendAsync(Hj212Encoder.EncodeFrame(packet));

    /// <summary>Sends raw bytes.</summary>
    public async Task SendAsync(byte[] bytes) => await _stream.WriteAsync(bytes);

    /// <summary>Sends raw text.</summary>
    public Task SendAsync(string text) => SendAsync(Encoding.ASCII.GetBytes(text));

    /// <summary>Reads the next answer frame from the gateway.</summary>
    public async Task<Hj212Packet> ReceiveAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[4096];
        while (true)
        {
            var frame = Hj212Framer.ReadFrame(new ReadOnlyMemory<byte>([.. _received]));
            if (frame.Kind == Hj212FrameKind.Frame)
            {
                var packet = Hj212Parser.Parse(System.Buffers.BuffersExtensions.ToArray(frame.Segment)).Packet!;
                _received.RemoveRange(0, (int)frame.Consumed);
                return packet;
            }

            var read = await _stream.ReadAsync(buffer, cancel.Token);
            if (read == 0)
            {
                throw new IOException("the gateway closed the connection");
            }

            _received.AddRange(buffer.AsSpan(0, read));
        }
    }

    /// <summary>Whether the gateway closed the connection within <paramref name="timeout"/>.</summary>
    public async Task<bool> IsClosedByGatewayAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[256];
        try
        {
            while (await _stream.ReadAsync(buffer, cancel.Token) > 0)
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }
}
