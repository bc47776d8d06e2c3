using System.Net;
using System.Net.Sockets;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Faults.Tests.Hostile;

/// <summary>A raw TCP connection to the gateway for the hostile clients.</summary>
public sealed class HostileSocket : IDisposable
{
    private readonly byte[] _received = new byte[8192];
    private int _length;

    private HostileSocket(Socket socket) => Socket = socket;

    /// <summary>The socket.</summary>
    public Socket Socket { get; }

    /// <summary>Connects to the gateway on loopback <paramref name="port"/>.</summary>
    public static async Task<HostileSocket> ConnectAsync(int port, CancellationToken cancellationToken = default)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
            return new HostileSocket(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends <paramref name="bytes"/>; false when the gateway has closed the connection.</summary>
    public async Task<bool> SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        try
        {
            while (!bytes.IsEmpty)
            {
                bytes = bytes[await Socket.SendAsync(bytes, SocketFlags.None, cancellationToken)..];
            }

            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Reads until a 9014 arrives (its QN), the gateway closes (null) or <paramref name="timeout"/> passes (null).</summary>
    public async Task<string?> ReceiveAnswerAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var frame = Hj212Framer.ReadFrame(_received.AsMemory(0, _length));
                if (frame.Kind == Hj212FrameKind.Frame)
                {
                    var packet = Hj212Parser.Parse(System.Buffers.BuffersExtensions.ToArray(frame.Segment)).Packet;
                    _received.AsSpan((int)frame.Consumed, _length - (int)frame.Consumed).CopyTo(_received);
                    _length -= (int)frame.Consumed;
                    return packet?.Qn;
                }

                var read = await Socket.ReceiveAsync(_received.AsMemory(_length), SocketFlags.None, cancel.Token);
                if (read == 0)
                {
                    return null;
                }

                _length += read;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException)
        {
            return null;
        }
    }

    /// <summary>Whether the gateway has closed the connection (checked without blocking: readable with nothing to read).</summary>
    public bool IsClosedByPeer()
    {
        try
        {
            return Socket.Poll(0, SelectMode.SelectRead) && Socket.Available == 0;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Socket.Dispose();
}
