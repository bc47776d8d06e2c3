using System.Collections.Immutable;
using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Tests.Infrastructure;

namespace EcoTwin.Grains.Tests.Twins;

[Collection(ClusterCollection.Name)]
public sealed class SourceTwinTests(ClusterFixture fixture)
{
    private const string Enterprise = "91320411MA1MXXXX0N";
    private static readonly DateTimeOffset Hour = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Hourly_average_above_the_limit_raises_one_exceedance_alarm_and_a_valid_one_below_clears_it()
    {
        var mn = await RegisteredAsync();
        var now = ClusterFixture.Time.GetUtcNow();

        await ApplyHourAsync(mn, Hour, 80m, now);
        var exceeding = await Source(mn).GetViewAsync();
        await ApplyHourAsync(mn, Hour.AddHours(1), 95m, now); // still exceeding: deduplicated
        var stillExceeding = await Source(mn).GetViewAsync();
        await ApplyHourAsync(mn, Hour.AddHours(2), 30m, now);
        var cleared = await Source(mn).GetViewAsync();

        Assert.Equal(TwinStatus.Exceeding, exceeding.Summary.Status);
        Assert.True(exceeding.Factors.Single(f => f.Code == "w01018").Exceeding);
        Assert.Single(stillExceeding.Alarms);
        Assert.Equal(1, stillExceeding.Alarms[0].Repeats);
        Assert.Equal(TwinStatus.Normal, cleared.Summary.Status);
        Assert.Empty(cleared.Alarms);
        Assert.Equal([(true, "exceedance:w01018"), (false, "exceedance:w01018")],
            ClusterFixture.Outbox.AlarmsOf(mn).Select(e => (e.Event.Raised, e.Event.Cause)));
    }

    [Fact]
    public async Task Invalid_hour_above_the_limit_is_not_an_exceedance()
    {
        var mn = await RegisteredAsync();
        var record = ClusterFixture.RawLog.Append(mn, Packets.Hourly(mn, Hour, ("w01018", 500m, "M")), ClusterFixture.Time.GetUtcNow());

        await Source(mn).ApplyAsync([record], null);

        Assert.Equal(TwinStatus.Maintenance, (await Source(mn).GetViewAsync()).Summary.Status);
    }

    [Fact]
    public async Task Tighter_limits_rejudge_the_latest_hour()
    {
        var mn = await RegisteredAsync();
        await ApplyHourAsync(mn, Hour, 40m, ClusterFixture.Time.GetUtcNow());

        await Source(mn).SetLimitsAsync(ImmutableDictionary<string, LimitRange>.Empty.Add("w01018", new LimitRange(35)));

        var view = await Source(mn).GetViewAsync();
        Assert.Equal(TwinStatus.Exceeding, view.Summary.Status);
        Assert.Equal(35, view.Factors.Single(f => f.Code == "w01018").LimitMax);
    }

    [Fact]
    public async Task Outlet_with_a_bad_credit_code_is_rejected_naming_the_field()
    {
        var mn = TestKeys.Source();

        var error = await Assert.ThrowsAsync<InvalidMasterDataException>(() => Source(mn).RegisterAsync(Info(mn) with { EnterpriseCode = "91320411MA1MXXXX01" }));

        Assert.Equal("enterpriseCode", error.Field);
    }

    private static SourceInfo Info(string mn) => new(
        mn, Enterprise, "COD outlet", "water", new GeoPoint(119.9, 31.8), "320411", ["w01018"],
        ImmutableDictionary<string, LimitRange>.Empty.Add("w01018", new LimitRange(50)));

    private async Task<string> RegisteredAsync()
    {
        var mn = TestKeys.Source();
        await Source(mn).RegisterAsync(Info(mn));
        return mn;
    }

    private async Task ApplyHourAsync(string mn, DateTimeOffset hour, decimal cod, DateTimeOffset receivedAt)
    {
        var record = ClusterFixture.RawLog.Append(mn, Packets.Hourly(mn, hour, ("w01018", cod, "N")), receivedAt);
        await Source(mn).ApplyAsync([record], null);
    }

    private ISourceGrain Source(string mn) => fixture.Client.GetGrain<ISourceGrain>(mn);
}
