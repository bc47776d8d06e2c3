using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Stations;
using EcoTwin.Grains.Tests.Infrastructure;

namespace EcoTwin.Grains.Tests.Stations;

[Collection(ClusterCollection.Name)]
public sealed class StationGrainTests(ClusterFixture fixture)
{
    private static StationInfo Sample(string code) =>
        new(code, "Wujin Hutang", StationKind.Air, new GeoPoint(119.95, 31.70), "320412", ["a34004", "a34002", "a05024"]);

    [Fact]
    public async Task Unregistered_station_has_no_master_data()
    {
        var info = await fixture.Client.GetGrain<IStationGrain>(TestKeys.Station()).GetInfoAsync();

        Assert.Null(info);
    }

    [Fact]
    public async Task Registered_master_data_is_returned_as_given()
    {
        var code = TestKeys.Station();
        var station = fixture.Client.GetGrain<IStationGrain>(code);

        await station.RegisterAsync(Sample(code));
        var info = await station.GetInfoAsync();

        Assert.NotNull(info);
        Assert.Equal(code, info.Code);
        Assert.Equal("Wujin Hutang", info.Name);
        Assert.Equal(StationKind.Air, info.Kind);
        Assert.Equal(new GeoPoint(119.95, 31.70), info.Location);
        Assert.Equal("320412", info.DistrictCode);
        Assert.Equal(new[] { "a34004", "a34002", "a05024" }, info.Factors.ToArray());
    }

    [Fact]
    public async Task Registering_again_replaces_the_master_data()
    {
        var code = TestKeys.Station();
        var station = fixture.Client.GetGrain<IStationGrain>(code);
        await station.RegisterAsync(Sample(code));

        await station.RegisterAsync(Sample(code) with { Name = "Hutang (moved)", Location = new GeoPoint(119.96, 31.71) });

        var info = await station.GetInfoAsync();
        Assert.Equal("Hutang (moved)", info!.Name);
        Assert.Equal(new GeoPoint(119.96, 31.71), info.Location);
    }

    [Fact]
    public async Task Invalid_district_code_is_rejected_naming_the_field()
    {
        var code = TestKeys.Station();
        var station = fixture.Client.GetGrain<IStationGrain>(code);

        var error = await Assert.ThrowsAsync<InvalidMasterDataException>(() => station.RegisterAsync(Sample(code) with { DistrictCode = "32041" }));

        Assert.Equal("districtCode", error.Field);
        Assert.Null(await station.GetInfoAsync());
    }

    [Fact]
    public async Task Code_that_differs_from_the_key_is_rejected()
    {
        var station = fixture.Client.GetGrain<IStationGrain>(TestKeys.Station());

        var error = await Assert.ThrowsAsync<InvalidMasterDataException>(() => station.RegisterAsync(Sample("OTHER")));

        Assert.Equal("code", error.Field);
    }
}
