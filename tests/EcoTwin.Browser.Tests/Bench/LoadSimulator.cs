using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Hj212;
using EcoTwin.Browser.Tests.Infrastructure;

namespace EcoTwin.Browser.Tests.Bench;

/// <summary>
/// Devices on persistent TCP connections to the gateway sending real-time packets at a fixed total rate.
/// Each packet's value is unique (sequence × 0.01), so a browser that shows it can be matched to the
/// moment it was sent.
/// </summary>
public sealed class LoadSimulator(int devicePort)
{
    /// <summary>When each (twin id, value) was sent, in Unix milliseconds.</summary>
    public ConcurrentDictionary<(string Id, double Value), double> SentAt { get; } = new();

    /// <summary>Sends for <paramref name="duration"/> at <paramref name="rate"/> packets per second over <paramref name="devices"/>.</summary>
    public async Task<int> RunAsync(IReadOnlyList<(string Id, string Mn, string Password, string St, string Factor)> devices, int rate, TimeSpan duration)
    {
        var connections = new NetworkStream[devices.Count];
        var clients = new TcpClient[devices.Count];
        for (var i = 0; i < devices.Count; i++)
        {
            clients[i] = new TcpClient { NoDelay = true };
            await clients[i].ConnectAsync("127.0.0.1", devicePort);
            connections[i] = clients[i].GetStream();
        }

        var sequence = 0;
        var clock = Stopwatch.StartNew();
        var tick = TimeSpan.FromMilliseconds(10);
        using var timer = new PeriodicTimer(tick);
        try
        {
            while (clock.Elapsed < duration && await timer.WaitForNextTickAsync())
            {
                var due = (int)(clock.Elapsed.TotalSeconds * rate) - sequence;
                for (var n = 0; n < due; n++)
                {
                    sequence++;
                    if (sequence > 99_999)
                    {
                        throw new InvalidOperationException("more than 99 999 packets: raise the value range");
                    }

                    var index = sequence % devices.Count;
                    var device = devices[index];
                    var value = sequence / 100.0;
                    var now = CitySeeder.CityNow();
                    var frame = Hj212Encoder.EncodeFrame(Hj212Uploads.RealTime(now, device.St, device.Password, device.Mn, now,
                        [Hj212CpItem.Of(device.Factor, "Rtd", (decimal)value), Hj212CpItem.Of(device.Factor, "Flag", "N")], ackRequested: false));
                    SentAt[(device.Id, value)] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    await connections[index].WriteAsync(frame);
                }
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        return sequence;
    }

    /// <summary>The devices of the demo city to drive: stations first (PM2.5), then outlets (their first factor).</summary>
    public static List<(string Id, string Mn, string Password, string St, string Factor)> Devices(IEnumerable<DemoStation> stations, IEnumerable<DemoSource> sources) =>
    [
        .. stations.Select(s => ($"station/{s.Code}", s.Code, s.Password, s.Kind == "water" ? "21" : "22", s.Factors[0])),
        .. sources.Select(s => ($"source/{s.Mn}", s.Mn, s.Password, s.Medium == "gas" ? "31" : "32", s.Factors[0])),
    ];
}
