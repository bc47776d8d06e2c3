using System.Collections.Immutable;
using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Tests.Infrastructure;

namespace EcoTwin.Grains.Tests.Enterprises;

[Collection(ClusterCollection.Name)]
public sealed class EnterpriseOutletTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Hour = new(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Registered_outlets_are_listed_under_their_enterprise_and_a_moved_one_leaves_the_old()
    {
        var (first, second) = (TestKeys.Enterprise(), TestKeys.Enterprise());
        var (a, b) = (TestKeys.Source(), TestKeys.Source());
        await Source(a).RegisterAsync(Outlet(a, first));
        await Source(b).RegisterAsync(Outlet(b, first));

        await Source(b).RegisterAsync(Outlet(b, second));

        Assert.Equal([a], (await Enterprise(first).GetSourcesAsync()).ToArray());
        Assert.Equal([b], (await Enterprise(second).GetSourcesAsync()).ToArray());
    }

    [Fact]
    public async Task Enterprise_summary_shows_the_worst_state_and_the_open_alarms_of_its_outlets()
    {
        var code = TestKeys.Enterprise();
        await Enterprise(code).RegisterAsync(EnterpriseGrainTests.Info(code), "importer");
        var (clean, dirty) = (TestKeys.Source(), TestKeys.Source());
        await Source(clean).RegisterAsync(Outlet(clean, code));
        await Source(dirty).RegisterAsync(Outlet(dirty, code));

        var record = ClusterFixture.RawLog.Append(dirty, Packets.Hourly(dirty, Hour, ("w01018", 80m, "N")), ClusterFixture.Time.GetUtcNow());
        await Source(dirty).ApplyAsync([record], null);

        var live = await Eventually.ReachesAsync(() => Enterprise(code).GetLiveAsync(), l => l.Summary.Status == TwinStatus.Exceeding, "the enterprise to show the exceedance");
        Assert.Equal(new AreaCounts(2, 2, 0, 1), live.Sources);
        Assert.Equal(1, live.OpenAlarms);
        Assert.Equal(1, live.Summary.OpenAlarms);
        Assert.Equal([dirty, clean], live.Outlets.Select(o => o.Key));
        Assert.Equal(("chemical", "320411"), (live.Summary.SubKind, live.Summary.DistrictCode));
        Assert.Contains(ClusterFixture.Outbox.Summaries, s => s.Kind == TwinKind.Enterprise && s.Key == code && s.Status == TwinStatus.Exceeding);
    }

    private static SourceInfo Outlet(string mn, string enterprise) => new(
        mn, enterprise, "COD outlet", "water", new GeoPoint(119.9, 31.8), "320411", ["w01018"],
        ImmutableDictionary<string, LimitRange>.Empty.Add("w01018", new LimitRange(50)));

    private IEnterpriseGrain Enterprise(string code) => fixture.Client.GetGrain<IEnterpriseGrain>(code);

    private ISourceGrain Source(string mn) => fixture.Client.GetGrain<ISourceGrain>(mn);
}
