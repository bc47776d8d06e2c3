using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.Sockets;
using EcoTwin.Client.Live;
using EcoTwin.Client.Simulation;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Bench;

/// <summary>
/// Reading → client latency: a device sends a packet whose PM2.5 value is unique, and each of
/// <c>clients</c> .NET live feeds (SignalR, the city group, as the command centre's map) reports
/// when the twin's summary with that value reaches it. Measured from just before the send.
/// </summary>
public static class PushBench
{
    private const string Mn = "BENCHPUSH0000001";

    /// <summary>Sends <paramref name="probes"/> recognisable packets with <paramref name="clients"/> feeds attached.</summary>
    public static async Task<IReadOnlyList<BenchRow>> RunAsync(BenchDatabase server, int clients, int probes)
    {
        var database = await server.CreateAsync("bench_push");
        var silo = (await BenchSilo.StartClusterAsync(1, database, "bench-push"))[0];
        try
        {
            (await silo.Http.PutAsJsonAsync($"/api/devices/{Mn}", new { kind = "station", password = "123456" })).EnsureSuccessStatusCode();
            var latency = new LatencyHistogram();
            var sentAt = new long[probes];
            var seen = new int[probes];
            var feeds = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => LiveTwinFeed.StartAsync(
                silo.Http.BaseAddress!, WatchTarget.Parse("city"), summary => OnChange(summary, sentAt, seen, latency))));
            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync("127.0.0.1", silo.DevicePort);
                var template = new UploadTemplate("22", "2011", "123456", Mn);
                var start = new DateTime(2026, 11, 25, 8, 0, 0);
                var jitter = new Random(250);
                for (var i = 0; i < probes; i++)
                {
                    var at = start.AddSeconds(i);
                    var frame = template.Frame(
                        System.Text.Encoding.ASCII.GetBytes(at.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)),
                        System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"DataTime={at:yyyyMMddHHmmss};a34004-Rtd={Value(i)},a34004-Flag=N")));
                    Volatile.Write(ref sentAt[i], Stopwatch.GetTimestamp());
                    await socket.SendAsync(frame);
                    var deadline = Stopwatch.StartNew();
                    while (Volatile.Read(ref seen[i]) < clients && deadline.Elapsed < TimeSpan.FromSeconds(5))
                    {
                        await Task.Delay(5);
                    }

                    // The next reading of the device after 300-550 ms: past the feed's one push per twin per
                    // 250 ms (which holds back a twin changing faster) and out of step with its 50 ms flush.
                    await Task.Delay(300 + jitter.Next(0, 250));
                }
            }
            finally
            {
                foreach (var feed in feeds)
                {
                    await feed.DisposeAsync();
                }
            }

            var delivered = seen.Sum();
            Console.Error.WriteLine($"  push: {delivered} of {probes * clients} deliveries seen");
            return
            [
                new BenchRow("push", "reading → client p50 (ms)", latency.Percentile(50)?.TotalMilliseconds ?? double.NaN, $"{clients} .NET live feeds (SignalR, city group), {probes - 1} probes after one that activates the twin, idle silo; {delivered}/{probes * clients} seen"),
                new BenchRow("push", "reading → client p99 (ms)", latency.Percentile(99)?.TotalMilliseconds ?? double.NaN, "from before the device's send to the client's change; readings 300-550 ms apart (the feed flushes every 50 ms; a twin at most twice at once, four times a second)"),
            ];
        }
        finally
        {
            silo.Dispose();
        }
    }

    private static int Value(int probe) => 100 + probe;

    private static void OnChange(TwinSummary summary, long[] sentAt, int[] seen, LatencyHistogram latency)
    {
        if (summary.Key != Mn || !summary.Values.TryGetValue("a34004", out var value))
        {
            return;
        }

        var probe = (int)Math.Round(value) - 100;
        if (probe >= 0 && probe < sentAt.Length && Volatile.Read(ref sentAt[probe]) is var at and > 0)
        {
            if (probe > 0)
            {
                latency.Record(Stopwatch.GetElapsedTime(at)); // probe 0 warms up: it waits for the twin's activation
            }

            Interlocked.Increment(ref seen[probe]);
        }
    }
}
