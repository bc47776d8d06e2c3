using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;
using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Tests.Infrastructure;

namespace EcoTwin.Grains.Tests.Districts;

[Collection(ClusterCollection.Name)]
public sealed class DistrictRollupTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Hour = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task District_counts_the_twins_inside_its_polygon_whatever_district_code_they_were_given()
    {
        await District("130102").RegisterAsync(Areas.Square("130102", "甲区", 100, 10));
        await District("130103").RegisterAsync(Areas.Square("130103", "乙区", 101, 10));
        var (s1, s2, s3, o1) = (TestKeys.Station(), TestKeys.Station(), TestKeys.Station(), TestKeys.Source());

        await Station(s1).RegisterAsync(Areas.Air(s1, 100.5, 10.5, "130102"));
        await Station(s2).RegisterAsync(Areas.Air(s2, 100.6, 10.6, "130103")); // wrong code: the polygon decides
        await Source(o1).RegisterAsync(Areas.Outlet(o1, 101.5, 10.5, "130102"));
        await Station(s3).RegisterAsync(Areas.Air(s3, 50, 50, "130103")); // outside every polygon: its code decides

        var first = await Eventually.ReachesAsync(() => District("130102").GetLiveAsync(), l => l.Stations.Total == 2, "two stations in 甲区");
        var second = await Eventually.ReachesAsync(() => District("130103").GetLiveAsync(), l => l.Stations.Total == 1 && l.Sources.Total == 1, "a station and an outlet in 乙区");
        Assert.Equal(new AreaCounts(2, 2, 0, 0), first.Stations);
        Assert.Equal(AreaCounts.None, first.Sources);
        Assert.Equal(new AreaCounts(1, 1, 0, 0), second.Sources);
        Assert.Equal((100.5, 10.5), (first.Summary.Lon, first.Summary.Lat));
        Assert.Equal("甲区", first.Summary.Name);
    }

    [Fact]
    public async Task District_AQI_comes_from_mean_concentrations_and_the_city_ranks_its_districts()
    {
        await District("140102").RegisterAsync(Areas.Square("140102", "东区", 110, 20));
        await District("140103").RegisterAsync(Areas.Square("140103", "西区", 111, 20));
        await HourlyPm25Async(110.2, 20.5, "140102", 10m);
        await HourlyPm25Async(110.4, 20.5, "140102", 10m);
        await HourlyPm25Async(110.6, 20.5, "140102", 200m);
        await HourlyPm25Async(111.5, 20.5, "140103", 40m);

        // The hour's concentrations and the stations' own AQIs reach a district by separate summaries: wait for both.
        var east = await Eventually.ReachesAsync(() => District("140102").GetLiveAsync(), l => l.Air.Stations == 3 && l.StationsByAqi.Length == 3, "three stations' hours and AQIs in 东区");
        var city = await Eventually.ReachesAsync(
            () => City("140100").GetLiveAsync(), l => l.Air.Stations == 4 && l.Districts.Length == 2 && l.Districts[0].Aqi == east.Summary.Aqi, "four stations' hours and both districts' AQIs in the city");

        Assert.Equal(98, east.Air.Aqi!.Aqi); // station AQIs 15, 15 and 250 would average 93
        Assert.Equal(Hour, east.Air.Aqi.Period);
        Assert.Equal(73.33, east.Air.Concentrations["a34004"]);
        Assert.Equal(98, east.Summary.Aqi);
        Assert.Equal(3, east.StationsByAqi.Length);
        Assert.Equal(250, east.StationsByAqi[0].Aqi);
        Assert.Equal(65, city.Air.Concentrations["a34004"]);
        Assert.Equal(88, city.Air.Aqi!.Aqi);
        Assert.Equal([("140102", 98), ("140103", 57)], city.Districts.Select(d => (d.Key, d.Aqi!.Value)));
        Assert.Equal(new AreaCounts(4, 4, 0, 0), city.Stations);
        Assert.Equal((TwinKind.City, "140100", 88), (city.Summary.Kind, city.Summary.Key, city.Summary.Aqi));
        Assert.Contains(ClusterFixture.Outbox.Summaries, s => s.Kind == TwinKind.District && s.Key == "140102" && s.Aqi == 98);
    }

    [Fact]
    public async Task Same_district_again_changes_nothing_and_bad_codes_or_boundaries_are_rejected_naming_the_field()
    {
        var info = Areas.Square("150102", "丙区", 120, 30);

        var created = await District("150102").RegisterAsync(info);
        var again = await District("150102").RegisterAsync(info);
        var renamed = await District("150102").RegisterAsync(info with { NameEn = "Bing" });
        var badBoundary = await Assert.ThrowsAsync<InvalidMasterDataException>(() =>
            District("150102").RegisterAsync(info with { Boundary = """{"type":"Point","coordinates":[120,30]}""" }));
        var cityCode = await Assert.ThrowsAsync<InvalidMasterDataException>(() => District("150100").RegisterAsync(info with { Code = "150100" }));

        Assert.Equal([MasterDataChange.Created, MasterDataChange.Unchanged, MasterDataChange.Updated], [created, again, renamed]);
        Assert.Equal("boundary", badBoundary.Field);
        Assert.Equal("code", cityCode.Field);
        Assert.Contains("county-level", cityCode.Reason);
        Assert.Equal("Bing", (await District("150102").GetInfoAsync())!.NameEn);
    }

    private async Task HourlyPm25Async(double lon, double lat, string district, decimal pm25)
    {
        var code = TestKeys.Station();
        await Station(code).RegisterAsync(Areas.Air(code, lon, lat, district));
        var record = ClusterFixture.RawLog.Append(code, Packets.Hourly(code, Hour, ("a34004", pm25, "N")), ClusterFixture.Time.GetUtcNow());
        await Station(code).ApplyAsync([record], null);
    }

    private IDistrictGrain District(string code) => fixture.Client.GetGrain<IDistrictGrain>(code);

    private ICityGrain City(string code) => fixture.Client.GetGrain<ICityGrain>(code);

    private IStationGrain Station(string code) => fixture.Client.GetGrain<IStationGrain>(code);

    private ISourceGrain Source(string mn) => fixture.Client.GetGrain<ISourceGrain>(mn);
}
