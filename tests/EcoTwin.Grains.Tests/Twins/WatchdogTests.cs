using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Tests.Infrastructure;

namespace EcoTwin.Grains.Tests.Twins;

[Collection(ClusterCollection.Name)]
public sealed class WatchdogTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Watchdog_activates_the_twin_of_every_registered_device_so_silent_ones_are_seen_offline()
    {
        var silentStation = TestKeys.Station();
        ClusterFixture.Devices.Add(silentStation, TimeSpan.FromSeconds(30));
        ClusterFixture.RawLog.Append(silentStation, Packets.RealTime(silentStation, ClusterFixture.Time.GetUtcNow().AddHours(-1), ("a34004", 40m, "N")), ClusterFixture.Time.GetUtcNow().AddHours(-1));

        var touched = await fixture.Client.GetGrain<ITwinWatchdogGrain>(0).StartAsync();

        Assert.True(touched >= 1);
        Assert.Contains(ClusterFixture.Outbox.AlarmsOf(silentStation), e => e.Event.Raised && e.Event.Cause == "offline");
        Assert.Contains(ClusterFixture.Outbox.Summaries, s => s.Key == silentStation && s.Status == TwinStatus.Offline);
        Assert.Contains(ClusterFixture.Outbox.ReadingsOf(silentStation), r => r.Value == 40); // its packet was replayed on activation
    }
}
