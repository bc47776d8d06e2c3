using System.Net.Sockets;

namespace EcoTwin.Faults.Tests.Hostile;

/// <summary>
/// Attacks that hold connections: idle ones, ones left hanging mid-frame, slowloris (a frame one byte
/// at a time), and a half-close (a frame, then FIN) that must still get its answer.
/// </summary>
public static class HoldingAttacks
{
    /// <summary>Opens <paramref name="count"/> connections that send nothing (every tenth sends half a frame first) and holds them until <paramref name="stop"/>; returns how many the gateway kept open.</summary>
    public static async Task<int> IdleAsync(int port, int count, HostileFrames frames, CancellationToken stop)
    {
        var sockets = new List<HostileSocket>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var socket = await HostileSocket.ConnectAsync(port, stop);
                sockets.Add(socket);
                if (i % 10 == 0)
                {
                    var frame = frames.Next();
                    await socket.SendAsync(frame.AsMemory(0, frame.Length / 2), stop); // and then nothing: hanging mid-frame
                }
            }

            await Task.Delay(Timeout.Infinite, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            return sockets.Count(socket => !socket.IsClosedByPeer());
        }
        finally
        {
            foreach (var socket in sockets)
            {
                socket.Dispose();
            }
        }
    }

    /// <summary>
    /// <paramref name="count"/> connections each send one frame of <paramref name="frames"/> one byte every
    /// <paramref name="interval"/>; returns how many got their 9014 once the last byte was in.
    /// </summary>
    public static async Task<int> SlowlorisAsync(int port, int count, IReadOnlyList<HostileFrames> frames, TimeSpan interval)
    {
        var answered = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var socket = await HostileSocket.ConnectAsync(port);
            var frame = frames[i % frames.Count].Next();
            for (var at = 0; at < frame.Length; at++)
            {
                if (!await socket.SendAsync(frame.AsMemory(at, 1)))
                {
                    return false;
                }

                await Task.Delay(interval);
            }

            return await socket.ReceiveAnswerAsync(TimeSpan.FromSeconds(10)) is not null;
        }));
        return answered.Count(ok => ok);
    }

    /// <summary>Sends one frame, then closes its sending side (FIN); true when the 9014 still arrives and the gateway then closes.</summary>
    public static async Task<bool> HalfCloseAsync(int port, HostileFrames frames)
    {
        using var socket = await HostileSocket.ConnectAsync(port);
        await socket.SendAsync(frames.Next());
        socket.Socket.Shutdown(SocketShutdown.Send);
        var answer = await socket.ReceiveAnswerAsync(TimeSpan.FromSeconds(10));
        var closed = await socket.ReceiveAnswerAsync(TimeSpan.FromSeconds(10)) is null && socket.IsClosedByPeer();
        return answer is not null && closed;
    }
}
