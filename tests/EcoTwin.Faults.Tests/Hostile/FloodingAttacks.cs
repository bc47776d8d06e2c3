using System.Text;
using EcoTwin.Faults.Tests.Fuzz;

namespace EcoTwin.Faults.Tests.Hostile;

/// <summary>
/// Attacks that push bytes: oversized frames, garbage (fuzzed packets with no good one between), and
/// a registered device that sends as fast as it can and never reads its answers. Each reconnects
/// after the gateway closes it, until stopped.
/// </summary>
public static class FloodingAttacks
{
    private static readonly byte[] Oversize = Encoding.ASCII.GetBytes("##9999" + new string('A', 9999) + "0000\r\n");

    /// <summary>What one flooding attacker did.</summary>
    /// <param name="Connections">Connections it opened.</param>
    /// <param name="ClosedByGateway">Connections the gateway closed on it.</param>
    /// <param name="BytesSent">Bytes it got the gateway to take.</param>
    public sealed record Result(int Connections, int ClosedByGateway, long BytesSent);

    /// <summary>Frames declaring 9 999-byte segments, back to back.</summary>
    public static Task<Result> OversizeAsync(int port, CancellationToken stop) => FloodAsync(port, _ => Oversize, stop);

    /// <summary>Random and mutated packets from the fuzz corpus, with no good frame between them.</summary>
    public static Task<Result> GarbageAsync(int port, int seed, CancellationToken stop)
    {
        var corpus = new FuzzCorpus(seed);
        return FloodAsync(port, _ => corpus.Next(), stop);
    }

    /// <summary>A registered device's uploads asking for answers, as fast as the gateway takes them, answers never read.</summary>
    public static async Task<Result> NonReaderAsync(int port, HostileFrames frames, CancellationToken stop)
    {
        using var socket = await HostileSocket.ConnectAsync(port, stop);
        socket.Socket.ReceiveBufferSize = 4096;
        var sent = 0L;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var frame = frames.Next();
                if (!await socket.SendAsync(frame, stop))
                {
                    return new Result(1, 1, sent);
                }

                sent += frame.Length;
            }
        }
        catch (OperationCanceledException)
        {
            // stopped while blocked: the gateway stopped reading it, as it should
        }

        return new Result(1, socket.IsClosedByPeer() ? 1 : 0, sent);
    }

    private static async Task<Result> FloodAsync(int port, Func<int, byte[]> next, CancellationToken stop)
    {
        var connections = 0;
        var closed = 0;
        var sent = 0L;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                using var socket = await HostileSocket.ConnectAsync(port, stop);
                connections++;
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var bytes = next(i);
                    if (!await socket.SendAsync(bytes, stop) || socket.IsClosedByPeer())
                    {
                        closed++;
                        break;
                    }

                    sent += bytes.Length;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        return new Result(connections, closed, sent);
    }
}
