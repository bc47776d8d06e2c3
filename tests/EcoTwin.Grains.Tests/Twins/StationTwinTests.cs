using System.Collections.Immutable;
using EcoTwin.Contracts.Stations;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Air;
using EcoTwin.Grains.Tests.Infrastructure;

namespace EcoTwin.Grains.Tests.Twins;

[Collection(ClusterCollection.Name)]
public sealed class StationTwinTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset HourStart = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero); // 18:00 Beijing

    [Fact]
    public async Task Real_time_packet_sets_latest_values_and_flags()
    {
        var mn = TestKeys.Station();
        var record = ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(3), ("a34004", 42.5m, "N"), ("a34002", 80m, "D")), HourStart.AddMinutes(3));

        await Station(mn).ApplyAsync([record], null);
        var view = await Station(mn).GetViewAsync();

        var pm25 = view.Factors.Single(f => f.Code == "a34004");
        Assert.Equal(42.5, pm25.Latest);
        Assert.Equal("N", pm25.LatestFlag);
        Assert.Equal(HourStart.AddMinutes(3), pm25.LatestAt);
        Assert.Equal("D", view.Factors.Single(f => f.Code == "a34002").LatestFlag);
        Assert.Equal(record.Seq, view.AppliedSeq);
    }

    [Fact]
    public async Task Hour_of_45_valid_minutes_gives_an_hourly_average_and_the_real_time_aqi()
    {
        var mn = TestKeys.Station();
        var records = Enumerable.Range(0, 46)
            .Select(m => m < 45
                ? ClusterFixture.RawLog.Append(mn, Packets.Minute(mn, HourStart.AddMinutes(m), ("a34004", 70m + (m % 2 * 10), "N")), HourStart.AddMinutes(m))
                : ClusterFixture.RawLog.Append(mn, Packets.Minute(mn, HourStart.AddHours(1), ("a34004", 10m, "N")), HourStart.AddHours(1)))
            .ToImmutableArray();

        await Station(mn).ApplyAsync(records, null);
        var view = await Station(mn).GetViewAsync();

        var pm25 = view.Factors.Single(f => f.Code == "a34004");
        Assert.Equal(HourStart, pm25.LastHourStart);
        Assert.True(pm25.LastHourValid);
        Assert.Equal(22 * 80.0 + 23 * 70.0, pm25.LastHour!.Value * 45, 6);
        var expected = AqiCalculator.RealTime(new RealTimeConcentrations(Pm25: (decimal)pm25.LastHour!.Value));
        Assert.Equal(expected.Aqi, view.HourlyAqi!.Aqi);
        Assert.Equal(expected.Aqi, view.Summary.Aqi);
        Assert.Equal(["PM2.5"], view.Summary.Primary.ToArray());
        Assert.Contains(ClusterFixture.Outbox.ReadingsOf(mn), r => r.Interval == EcoTwin.Grains.Twins.ReadingInterval.Hour && r.Time == HourStart && r.Valid);
    }

    [Fact]
    public async Task Hour_of_44_valid_minutes_is_kept_but_invalid()
    {
        var mn = TestKeys.Station();
        var minutes = Enumerable.Range(0, 44).Select(m => (At: HourStart.AddMinutes(m), Flag: "N"))
            .Append((At: HourStart.AddMinutes(50), Flag: "M"))
            .Append((At: HourStart.AddHours(1), Flag: "N"));
        var records = minutes
            .Select(m => ClusterFixture.RawLog.Append(mn, Packets.Minute(mn, m.At, ("a34004", m.At < HourStart.AddHours(1) ? 50m : 10m, m.Flag)), m.At))
            .ToImmutableArray();

        await Station(mn).ApplyAsync(records, null);
        var pm25 = (await Station(mn).GetViewAsync()).Factors.Single(f => f.Code == "a34004");

        Assert.Equal(HourStart, pm25.LastHourStart);
        Assert.False(pm25.LastHourValid);
        Assert.Equal(50.0, pm25.LastHour);
    }

    [Fact]
    public async Task Applying_the_same_packets_twice_changes_nothing()
    {
        var mn = TestKeys.Station();
        var records = Enumerable.Range(0, 3)
            .Select(m => ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(m), ("a34004", 30m + m, "N")), HourStart.AddMinutes(m)))
            .ToImmutableArray();
        await Station(mn).ApplyAsync(records, null);
        var once = await Station(mn).GetViewAsync();
        var readingsOnce = ClusterFixture.Outbox.ReadingsOf(mn).Count;

        await Station(mn).ApplyAsync(records, records[^1].Seq);
        var twice = await Station(mn).GetViewAsync();

        Assert.Equal(once.Factors.ToArray(), twice.Factors.ToArray());
        Assert.Equal(once.AppliedSeq, twice.AppliedSeq);
        Assert.Equal(once.Summary.Version, twice.Summary.Version);
        Assert.Equal(readingsOnce, ClusterFixture.Outbox.ReadingsOf(mn).Count);
    }

    [Fact]
    public async Task Twin_reads_a_gap_from_the_raw_log_before_applying_what_it_was_given()
    {
        var mn = TestKeys.Station();
        var first = ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(1), ("a34004", 11m, "N")), HourStart.AddMinutes(1));
        await Station(mn).ApplyAsync([first], null);
        var missed = ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(2), ("a34002", 22m, "N")), HourStart.AddMinutes(2));
        var third = ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(3), ("a34004", 33m, "N")), HourStart.AddMinutes(3));

        await Station(mn).ApplyAsync([third], previousSeq: missed.Seq);
        var view = await Station(mn).GetViewAsync();

        Assert.Equal(22.0, view.Factors.Single(f => f.Code == "a34002").Latest);
        Assert.Equal(33.0, view.Factors.Single(f => f.Code == "a34004").Latest);
        Assert.Equal(third.Seq, view.AppliedSeq);
    }

    [Fact]
    public async Task Catching_up_applies_what_the_raw_log_holds_beyond_the_last_delivery()
    {
        var mn = TestKeys.Station();
        var first = ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(1), ("a34004", 11m, "N")), HourStart.AddMinutes(1));
        await Station(mn).ApplyAsync([first], null);
        // Stored and acked, but their deliveries failed, and the device said nothing since.
        ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(2), ("a34002", 22m, "N")), HourStart.AddMinutes(2));
        var last = ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(3), ("a34004", 33m, "N")), HourStart.AddMinutes(3));

        await Station(mn).CatchUpAsync();
        var view = await Station(mn).GetViewAsync();

        Assert.Equal(22.0, view.Factors.Single(f => f.Code == "a34002").Latest);
        Assert.Equal(33.0, view.Factors.Single(f => f.Code == "a34004").Latest);
        Assert.Equal(last.Seq, view.AppliedSeq);
        Assert.Equal(33.0, view.Summary.Values["a34004"]);
    }

    [Fact]
    public async Task New_activation_replays_the_raw_log_after_its_checkpoint()
    {
        var mn = TestKeys.Station();
        foreach (var m in Enumerable.Range(0, 5))
        {
            ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, HourStart.AddMinutes(m), ("a05024", 100m + m, "N")), HourStart.AddMinutes(m));
        }

        var view = await Station(mn).GetViewAsync();

        Assert.Equal(104.0, view.Factors.Single(f => f.Code == "a05024").Latest);
        Assert.Equal(5, ClusterFixture.Outbox.ReadingsOf(mn).Count(r => r.Interval == EcoTwin.Grains.Twins.ReadingInterval.Raw));
    }

    [Fact]
    public async Task Station_goes_offline_after_three_missed_intervals_and_back_online_on_the_next_packet()
    {
        var mn = TestKeys.Station();
        ClusterFixture.Devices.Add(mn, TimeSpan.FromSeconds(30));
        var now = ClusterFixture.Time.GetUtcNow();
        var first = ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, now, ("a34004", 40m, "N")), now);
        await Station(mn).ApplyAsync([first], null);
        Assert.Equal(TwinStatus.Normal, (await Station(mn).GetViewAsync()).Summary.Status);

        ClusterFixture.Time.Advance(TimeSpan.FromSeconds(91));
        var silent = await Station(mn).GetViewAsync();
        var back = ClusterFixture.RawLog.Append(mn, Packets.RealTime(mn, ClusterFixture.Time.GetUtcNow(), ("a34004", 41m, "N")), ClusterFixture.Time.GetUtcNow());
        await Station(mn).ApplyAsync([back], first.Seq);
        var online = await Station(mn).GetViewAsync();

        Assert.Equal(TwinStatus.Offline, silent.Summary.Status);
        Assert.Equal(["offline"], silent.Alarms.Select(a => a.Cause));
        Assert.Equal(TwinStatus.Normal, online.Summary.Status);
        Assert.Empty(online.Alarms);
        var events = ClusterFixture.Outbox.AlarmsOf(mn);
        Assert.Equal([(true, "offline"), (false, "offline")], events.Select(e => (e.Event.Raised, e.Event.Cause)));
    }

    private IStationGrain Station(string mn) => fixture.Client.GetGrain<IStationGrain>(mn);
}
