using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Stations;

[Collection(PostgresCollection.Name)]
public sealed class StationPersistenceTests(PostgresServer postgres)
{
    private static readonly object Body = new
    {
        name = "常州市武进区湖塘站",
        kind = "air",
        location = new { lon = 119.95, lat = 31.70 },
        districtCode = "320412",
        factors = new[] { "a34004", "a34002", "a21026", "a21004", "a21005", "a05024" },
    };

    [Fact]
    public async Task Station_registered_over_http_survives_a_full_silo_restart()
    {
        var database = await postgres.CreateDatabaseAsync();
        string clusterId;
        await using (var silo = await TestSilo.StartAsync(database))
        {
            clusterId = silo.ClusterId;
            var put = await silo.Http.PutAsJsonAsync("/api/stations/32041200001", Body);
            Assert.Equal(HttpStatusCode.Created, put.StatusCode); // a new station; 200 when changed, 204 when unchanged
        }

        await using var restarted = await TestSilo.StartAsync(database, clusterId);
        var json = await restarted.Http.GetFromJsonAsync<JsonElement>("/api/stations/32041200001");

        Assert.Equal("常州市武进区湖塘站", json.GetProperty("name").GetString());
        Assert.Equal("air", json.GetProperty("kind").GetString());
        Assert.Equal(119.95, json.GetProperty("location").GetProperty("lon").GetDouble());
        Assert.Equal(6, json.GetProperty("factors").GetArrayLength());
    }

    [Fact]
    public async Task Client_library_reads_the_station_the_api_registered()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        await silo.Http.PutAsJsonAsync("/api/stations/32041200002", Body);

        await using var client = await silo.ConnectClientAsync();
        var info = await client.Station("32041200002").GetInfoAsync();

        Assert.NotNull(info);
        Assert.Equal("320412", info.DistrictCode);
    }

    [Fact]
    public async Task Unknown_station_is_404_and_bad_master_data_is_400_naming_the_field()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);

        var missing = await silo.Http.GetAsync("/api/stations/NOPE");
        var bad = await silo.Http.PutAsJsonAsync("/api/stations/32041200003", new { name = "x", kind = "air", location = new { lon = 200, lat = 31 }, districtCode = "320412", factors = Array.Empty<string>() });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("location", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await silo.Http.GetAsync("/api/stations/32041200003")).StatusCode);
    }
}
