using System.Collections.Concurrent;
using System.Net.Http.Json;
using EcoTwin.Client.Live;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Live;

/// <summary>The live feed: groups, coalescing, and snapshot + deltas across a reconnect.</summary>
[Collection(PostgresCollection.Name)]
public sealed class HubTests(PostgresServer postgres)
{
    [Fact]
    public async Task District_member_gets_its_district_only()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await RegisterAsync(silo, "320402AQ000701", "320402");
        await RegisterAsync(silo, "320404AQ000702", "320404");
        var tianning = new ConcurrentBag<TwinSummary>();
        await using var feed = await LiveTwinFeed.StartAsync(silo.Http.BaseAddress!, WatchTarget.Parse("district/320402"), tianning.Add);

        await SendAsync(silo, "320404AQ000702", 1m, DateTime.UtcNow.AddHours(8));
        await SendAsync(silo, "320402AQ000701", 2m, DateTime.UtcNow.AddHours(8));
        await Eventually.TrueAsync(() => Task.FromResult(tianning.Any(s => s.Values.GetValueOrDefault("a34004") == 2)), TimeSpan.FromSeconds(15), "the district's station");

        Assert.All(tianning, s => Assert.Equal("320402", s.DistrictCode));
    }

    [Fact]
    public async Task Burst_of_changes_to_one_twin_is_coalesced_and_ends_on_the_latest()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await RegisterAsync(silo, "320411AQ000703", "320411");
        var received = new ConcurrentQueue<TwinSummary>();
        await using var feed = await LiveTwinFeed.StartAsync(silo.Http.BaseAddress!, WatchTarget.Parse("station/320411AQ000703"), received.Enqueue);
        var start = DateTime.UtcNow.AddHours(8).AddMinutes(-100);
        await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);

        for (var i = 1; i <= 100; i++)
        {
            var at = start.AddMinutes(i);
            await device.SendAsync(Hj212Uploads.RealTime(at, "22", "123456", "320411AQ000703", at, [Hj212CpItem.Of("a34004", "Rtd", i), Hj212CpItem.Of("a34004", "Flag", "N")]));
        }

        await Eventually.TrueAsync(() => Task.FromResult(received.Any(s => s.Values.GetValueOrDefault("a34004") == 100)), TimeSpan.FromSeconds(15), "the last value");

        var versions = received.Select(s => s.Version).ToList();
        Assert.True(received.Count < 30, $"{received.Count} updates for a burst of 100 changes");
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
    }

    [Fact]
    public async Task Feed_resynchronises_after_a_silo_restart_and_applies_each_version_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        var httpPort = FreePorts.Take(1)[0];
        var silo = await TestSilo.StartAsync(database, settings: null, httpPort: httpPort);
        var clusterId = silo.ClusterId;
        await RegisterAsync(silo, "320412AQ000704", "320412");
        var applied = new ConcurrentQueue<TwinSummary>();
        await using var feed = await LiveTwinFeed.StartAsync(silo.Http.BaseAddress!, WatchTarget.Parse("city"), applied.Enqueue);
        await SendAsync(silo, "320412AQ000704", 5m, DateTime.UtcNow.AddHours(8).AddMinutes(-2));
        await Eventually.TrueAsync(() => Task.FromResult(applied.Any(s => s.Values.GetValueOrDefault("a34004") == 5)), TimeSpan.FromSeconds(15), "the first value");

        await silo.DisposeAsync();
        await using var restarted = await TestSilo.StartAsync(database, clusterId, httpPort: httpPort);
        await Eventually.TrueAsync(() => Task.FromResult(feed.Resynchronisations == 1), TimeSpan.FromSeconds(40), "the feed to reconnect");
        await SendAsync(restarted, "320412AQ000704", 6m, DateTime.UtcNow.AddHours(8).AddMinutes(-1));
        await Eventually.TrueAsync(() => Task.FromResult(applied.Any(s => s.Values.GetValueOrDefault("a34004") == 6)), TimeSpan.FromSeconds(15), "the value sent after the restart");

        var versions = applied.Where(s => s.Key == "320412AQ000704").Select(s => s.Version).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
    }

    private static async Task RegisterAsync(TestSilo silo, string mn, string district)
    {
        (await silo.Http.PutAsJsonAsync($"/api/devices/{mn}", new { kind = "station", password = "123456" })).EnsureSuccessStatusCode();
        (await silo.Http.PutAsJsonAsync($"/api/stations/{mn}", new
        {
            name = "站点 " + mn, kind = "air", location = new { lon = 119.95, lat = 31.75 }, districtCode = district, factors = new[] { "a34004" },
        })).EnsureSuccessStatusCode();
    }

    private static async Task SendAsync(TestSilo silo, string mn, decimal pm25, DateTime at)
    {
        await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);
        await device.SendAsync(Hj212Uploads.RealTime(at, "22", "123456", mn, at, [Hj212CpItem.Of("a34004", "Rtd", pm25), Hj212CpItem.Of("a34004", "Flag", "N")]));
        await device.ReceiveAsync(TimeSpan.FromSeconds(10));
    }
}
