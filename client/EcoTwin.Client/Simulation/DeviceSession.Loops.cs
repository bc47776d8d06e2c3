using System.Net.Sockets;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Client.Simulation;

/// <content>The send and receive loops of one connection; either ends when the connection is gone.</content>
internal sealed partial class DeviceSession
{
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
