using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcoTwin.Contracts.Demo;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.MasterData;

[Collection(PostgresCollection.Name)]
public sealed class DistrictApiTests(PostgresServer postgres)
{
    private static readonly DemoMasterData Demo = DemoMasterData.Of();

    [Fact]
    public async Task District_is_stored_drawn_on_the_map_and_counts_a_station_inside_its_polygon_given_another_code()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(connection);
        var district = Demo.Districts[0];
        var station = Demo.Stations.First(s => s.DistrictCode == district.Code);
        var body = new { name = district.Name, nameEn = district.NameEn, boundary = JsonNode.Parse(district.Boundary) };

        var created = await silo.Http.PutAsJsonAsync($"/api/districts/{district.Code}", body);
        var again = await silo.Http.PutAsJsonAsync($"/api/districts/{district.Code}", body);
        await silo.Http.PutAsJsonAsync($"/api/stations/{station.Code}", new
        {
            name = station.Name, kind = "air", location = new { lon = station.Location.Lon, lat = station.Location.Lat }, districtCode = "320499", factors = station.Factors,
        });
        var stored = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/districts/{district.Code}");
        var map = await silo.Http.GetFromJsonAsync<JsonElement>("/api/map/districts");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.NoContent), (created.StatusCode, again.StatusCode));
        Assert.Equal("Polygon", stored.GetProperty("boundary").GetProperty("type").GetString());
        var feature = Assert.Single(map.GetProperty("features").EnumerateArray());
        Assert.Equal((district.Code, district.NameEn), (feature.GetProperty("properties").GetProperty("code").GetString(), feature.GetProperty("properties").GetProperty("nameEn").GetString()));
        Assert.Equal(["1"], await Sql.ColumnAsync(connection, "SELECT count(*) FROM districts"));
        await Eventually.TrueAsync(
            async () => (await silo.Http.GetFromJsonAsync<JsonElement>($"/api/districts/{district.Code}/live")).GetProperty("stations").GetProperty("total").GetInt32() == 1,
            TimeSpan.FromSeconds(15), "the district to count the station");
        var city = await silo.Http.GetFromJsonAsync<JsonElement>("/api/city/live");
        Assert.Equal(("320400", 1), (city.GetProperty("summary").GetProperty("key").GetString(), city.GetProperty("stations").GetProperty("total").GetInt32()));
        Assert.Equal(district.Code, city.GetProperty("districts")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Bad_boundary_or_city_level_code_is_400_naming_the_field()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var point = await silo.Http.PutAsJsonAsync("/api/districts/320402", new { name = "天宁区", boundary = new { type = "Point", coordinates = new[] { 119.9, 31.8 } } });
        var city = await silo.Http.GetAsync("/api/districts/320400");
        var noCity = await silo.Http.GetAsync("/api/city/live");

        Assert.Equal(HttpStatusCode.BadRequest, point.StatusCode);
        Assert.Contains("is a Point", (await point.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("boundary")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, city.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noCity.StatusCode);
    }
}
