using System.Collections.Concurrent;
using System.Globalization;
using EcoTwin.Client.Live;
using EcoTwin.Contracts.Twins;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Browser.Tests.Bench;

/// <summary>
/// .NET live feeds on the city group (the hub, its protocol and its per-client work, as a browser
/// gets them) connected beside the bench's browsers, each recording when it saw the simulator's values.
/// </summary>
public sealed class FeedClients : IAsyncDisposable
{
    private readonly List<LiveTwinFeed> _feeds = [];
    private readonly ConcurrentBag<double> _latencies = [];
    private long _countFrom = long.MaxValue;

    private FeedClients()
    {
    }

    /// <summary>Connects <paramref name="count"/> feeds that look up each change's value in what <paramref name="simulator"/> sent.</summary>
    public static async Task<FeedClients> StartAsync(TestSilo silo, int count, LoadSimulator simulator, IReadOnlyDictionary<string, string> factors)
    {
        var clients = new FeedClients();
        for (var i = 0; i < count; i++)
        {
            clients._feeds.Add(await LiveTwinFeed.StartAsync(silo.Http.BaseAddress!, TestSilo.AdminKey, WatchTarget.Parse("city"), summary => clients.Seen(summary, simulator, factors)));
        }

        return clients;
    }

    /// <summary>Counts only readings sent at or after <paramref name="unixMs"/>.</summary>
    public void CountFrom(long unixMs) => Volatile.Write(ref _countFrom, unixMs);

    /// <summary>p50/p99 of what the feeds saw.</summary>
    public string Describe()
    {
        var sorted = _latencies.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count} (feed, reading) pairs, p50 {UiBench.Percentile(sorted, 0.5):0} ms, p99 {UiBench.Percentile(sorted, 0.99):0} ms, max {UiBench.Percentile(sorted, 1):0} ms");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var feed in _feeds)
        {
            await feed.DisposeAsync();
        }
    }

    private void Seen(TwinSummary summary, LoadSimulator simulator, IReadOnlyDictionary<string, string> factors)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        if (factors.TryGetValue(summary.Id, out var factor) && summary.Values.TryGetValue(factor, out var value)
            && simulator.SentAt.TryGetValue((summary.Id, Math.Round(value, 2)), out var sentAt) && sentAt >= Volatile.Read(ref _countFrom))
        {
            _latencies.Add(now - sentAt);
        }
    }
}
