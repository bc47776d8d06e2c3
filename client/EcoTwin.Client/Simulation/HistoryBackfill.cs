using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// Sends the demo city's devices' hourly uploads (CN 2061, Avg + Flag N) for the last hours through
/// an HJ 212 gateway, each acknowledged, so a fresh demo shows hourly AQI, trends and exceedances at
/// once instead of after its first full hour. Devices speak the city's local time.
/// </summary>
public static class HistoryBackfill
{
    private const int Connections = 32; // each waits for its 9014 before the next packet; the group commit takes them together

    /// <summary>Sends <paramref name="hours"/> full hours before now for every device; returns how many packets were acknowledged.</summary>
    /// <exception cref="IOException">The gateway closed a connection or did not answer within 15 s.</exception>
    public static async Task<int> SendAsync(DemoCity city, IReadOnlyList<SimulatedDevice> devices, IPEndPoint gateway, int hours, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var values = new DemoValues(city);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(DemoCity.TimeZoneId);
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var thisHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, now.Offset);
        var packets = devices.SelectMany(device => Enumerable.Range(1, hours).Reverse().Select(back => (device, hour: thisHour.AddHours(-back))))
            .Select((packet, index) => (packet.device, packet.hour, qn: now.DateTime.AddMilliseconds(-index))).ToList(); // a QN of its own each
        var acked = 0;
        await Parallel.ForEachAsync(
            packets.Chunk(Math.Max(1, (packets.Count + Connections - 1) / Connections)),
            new ParallelOptions { MaxDegreeOfParallelism = Connections, CancellationToken = cancellationToken },
            async (part, ct) =>
            {
                using var socket = new Socket(gateway.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(gateway, ct);
                await using var stream = new NetworkStream(socket, ownsSocket: false);
                var answer = new byte[1024];
                foreach (var (device, hour, qn) in part)
                {
                    var items = device.Factors.SelectMany(factor => new[]
                    {
                        Hj212CpItem.Of(factor, "Avg", Math.Round((decimal)values.Reading(device.Mn, factor, hour), 3)),
                        Hj212CpItem.Of(factor, "Flag", "N"),
                    });
                    var packet = Hj212Uploads.Hourly(qn, device.St, device.Password, device.Mn, hour.DateTime, items);
                    await stream.WriteAsync(Hj212Encoder.EncodeFrame(packet), ct);
                    await ReadAnswerAsync(stream, answer, ct);
                    Interlocked.Increment(ref acked);
                }
            });
        return acked;
    }

    private static async Task ReadAnswerAsync(NetworkStream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        var filled = 0;
        while (filled < 2 || buffer[filled - 2] != '\r' || buffer[filled - 1] != '\n')
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled, buffer.Length - filled), timeout.Token);
            if (read == 0 || filled + read == buffer.Length)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"the gateway closed the connection or sent {filled + read} bytes without an answer"));
            }

            filled += read;
        }
    }
}
