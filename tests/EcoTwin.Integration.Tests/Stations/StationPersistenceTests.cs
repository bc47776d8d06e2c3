using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Domain.Hj212;
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
    public async Task Live_state_survives_a_graceful_restart_from_its_checkpoint_alone()
    {
        var database = await postgres.CreateDatabaseAsync();
        const string Mn = "32041200009";
        var hour = new DateTime(2026, 11, 25, 10, 0, 0);
        string clusterId;
        await using (var silo = await TestSilo.StartAsync(database))
        {
            clusterId = silo.ClusterId;
            (await silo.Http.PutAsJsonAsync($"/api/devices/{Mn}", new { kind = "station", password = "123456" })).EnsureSuccessStatusCode();
            (await silo.Http.PutAsJsonAsync($"/api/stations/{Mn}", Body)).EnsureSuccessStatusCode();
            await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);
            for (var minute = 0; minute <= 60; minute++)
            {
                var at = hour.AddMinutes(minute);
                await device.SendAsync(Hj212Uploads.Minute(at, "22", "123456", Mn, at, [Hj212CpItem.Of("a34004", "Avg", 50), Hj212CpItem.Of("a34004", "Flag", "N")]));
                await device.ReceiveAsync(TimeSpan.FromSeconds(10));
            }

            await Eventually.TrueAsync(async () => (await LiveAsync(silo, Mn)).GetProperty("appliedSeq").GetInt64() > 0, TimeSpan.FromSeconds(10), "the twin to apply the packets");
        }

        // The graceful stop checkpointed the twin; with the raw log gone, only the checkpoint can restore it.
        await Sql.ExecuteAsync(database, "DELETE FROM raw_log");
        await using var restarted = await TestSilo.StartAsync(database, clusterId);
        var live = await LiveAsync(restarted, Mn);
        var pm25 = live.GetProperty("factors")[0];

        Assert.Equal(50, pm25.GetProperty("lastHour").GetDouble());
        Assert.True(pm25.GetProperty("lastHourValid").GetBoolean());
        Assert.Equal(50, pm25.GetProperty("latest").GetDouble());
        Assert.Equal(69, live.GetProperty("hourlyAqi").GetProperty("aqi").GetInt32()); // PM2.5 50 µg/m³: (100-50)/(75-35)*(50-35)+50 = 68.75, rounded up
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

    private static async Task<JsonElement> LiveAsync(TestSilo silo, string mn) =>
        await silo.Http.GetFromJsonAsync<JsonElement>($"/api/stations/{mn}/live");
}
