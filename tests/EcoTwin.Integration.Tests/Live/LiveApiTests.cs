using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace EcoTwin.Integration.Tests.Live;

[Collection(PostgresCollection.Name)]
public sealed class LiveApiTests(PostgresServer postgres)
{
    private const string Mn = "320402AQ000901";

    [Fact]
    public async Task Packet_shows_in_the_hub_feed_the_snapshot_the_list_the_live_view_and_the_series()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await RegisterStationAsync(silo);
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(silo.Http.BaseAddress!, "/hubs/twins"), options => options.Headers["Authorization"] = "Bearer " + TestSilo.AdminKey)
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        var seen = new TaskCompletionSource<TwinSummary>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<TwinSummary[]>("changes", changes =>
        {
            if (changes.FirstOrDefault(c => c.Key == Mn && c.Values.GetValueOrDefault("a34004") == 77.5) is { } change)
            {
                seen.TrySetResult(change);
            }
        });
        await hub.StartAsync();
        await hub.InvokeAsync("JoinDistrict", "320402");

        await SendAsync(silo, 77.5m);
        var pushed = await seen.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal("天宁区测试站", pushed.Name);
        await Eventually.TrueAsync(async () => (await SnapshotValueAsync(silo)) == 77.5, TimeSpan.FromSeconds(10), "the snapshot to hold the value");
        var list = await silo.Http.GetFromJsonAsync<JsonElement>("/api/stations?district=320402&kind=air");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var live = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/stations/{Mn}/live");
        Assert.Equal(77.5, live.GetProperty("factors")[0].GetProperty("latest").GetDouble());
        await Eventually.TrueAsync(async () => (await SeriesAsync(silo)).GetArrayLength() == 1, TimeSpan.FromSeconds(10), "the raw series to hold the reading");
        Assert.Equal(77.5, (await SeriesAsync(silo))[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Snapshot_holds_a_change_the_hub_pushed_before_the_twins_table_has_it()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var pushed = RecentChangesTests.Summary("320402AQ000902", version: 42);

        // The hub's observer gets the change, as from any silo's change feed; the table never does.
        await silo.Services.GetRequiredService<HubChangeObserver>().OnChangesAsync([pushed]);
        var snapshot = await silo.Http.GetFromJsonAsync<JsonElement>("/api/twins/snapshot");

        var item = snapshot.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("key").GetString() == pushed.Key);
        Assert.Equal(42, item.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Bad_list_and_series_queries_are_400_naming_the_field()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var badList = await silo.Http.GetAsync("/api/stations?status=purple&pageSize=0");
        var badSeries = await silo.Http.GetAsync($"/api/twins/station/{Mn}/series?factor=a34004&interval=minute");
        var listErrors = (await badList.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, badList.StatusCode);
        Assert.True(listErrors.TryGetProperty("status", out _));
        Assert.True(listErrors.TryGetProperty("pageSize", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badSeries.StatusCode);
        Assert.True((await badSeries.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("interval", out _));
    }

    private static async Task RegisterStationAsync(TestSilo silo)
    {
        (await silo.Http.PutAsJsonAsync($"/api/devices/{Mn}", new { kind = "station", password = "123456" })).EnsureSuccessStatusCode();
        (await silo.Http.PutAsJsonAsync($"/api/stations/{Mn}", new
        {
            name = "天宁区测试站",
            kind = "air",
            location = new { lon = 119.97, lat = 31.78 },
            districtCode = "320402",
            factors = new[] { "a34004" },
        })).EnsureSuccessStatusCode();
    }

    private static async Task SendAsync(TestSilo silo, decimal pm25)
    {
        await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);
        var now = DateTime.UtcNow.AddHours(8);
        await device.SendAsync(Hj212Uploads.RealTime(now, "22", "123456", Mn, now, [Hj212CpItem.Of("a34004", "Rtd", pm25), Hj212CpItem.Of("a34004", "Flag", "N")]));
        await device.ReceiveAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task<double?> SnapshotValueAsync(TestSilo silo)
    {
        var snapshot = await silo.Http.GetFromJsonAsync<JsonElement>("/api/twins/snapshot");
        var station = snapshot.GetProperty("items").EnumerateArray().FirstOrDefault(t => t.GetProperty("key").GetString() == Mn);
        return station.ValueKind == JsonValueKind.Object && station.GetProperty("values").TryGetProperty("a34004", out var value) ? value.GetDouble() : null;
    }

    private static async Task<JsonElement> SeriesAsync(TestSilo silo) =>
        (await silo.Http.GetFromJsonAsync<JsonElement>($"/api/twins/station/{Mn}/series?factor=a34004&interval=raw")).GetProperty("points");
}
