using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcoTwin.Client.Live;
using EcoTwin.Contracts.Twins;
using EcoTwin.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace EcoTwin.Integration.Tests.Access;

/// <summary>A district-scoped officer sees and acts only within their district, through every API and the hub.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DistrictScopeTests(PostgresServer postgres)
{
    private const string Mine = "320402AQ000401";
    private const string Theirs = "320404AQ000402";
    private const string TheirEnterprise = "91330100799655058B";
    private const string TheirOutlet = "320404WS000403";

    [Fact]
    public async Task District_officer_cannot_read_or_act_outside_the_district_through_any_api()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        await Accounts.StationAsync(silo, Mine, "320402");
        await Accounts.StationAsync(silo, Theirs, "320404");
        await Accounts.OutletAsync(silo, TheirOutlet, TheirEnterprise, "320404");
        (await silo.Http.PostAsJsonAsync($"/api/enterprises/{TheirEnterprise}/records", new
        {
            kind = "inspection", date = "2026-11-20", details = new { inspectors = "王", result = "compliant" },
        })).EnsureSuccessStatusCode();
        var theirCase = await OpenCaseAsync(silo.Http, "320404");
        var myCase = await OpenCaseAsync(silo.Http, "320402");
        var (officer, _) = await Accounts.CreateAsync(silo, "zhang", "officer", "320402");
        await Eventually.TrueAsync(async () => (await Sql.ColumnAsync(database, "SELECT count(*) FROM twins WHERE kind IN ('station', 'source')"))[0] == "3", TimeSpan.FromSeconds(10), "the twins table to hold the three twins");

        var list = await officer.GetFromJsonAsync<JsonElement>("/api/stations");
        var snapshot = await officer.GetFromJsonAsync<JsonElement>("/api/twins/snapshot");
        var cases = await officer.GetFromJsonAsync<JsonElement>("/api/cases");

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(Mine, list.GetProperty("items")[0].GetProperty("key").GetString());
        Assert.All(snapshot.GetProperty("items").EnumerateArray(), t => Assert.Equal("320402", t.GetProperty("districtCode").GetString()));
        Assert.Equal([myCase], cases.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/stations/{Mine}/live")).StatusCode);
        foreach (var path in new[]
        {
            $"/api/stations/{Theirs}", $"/api/stations/{Theirs}/live", $"/api/twins/station/{Theirs}/series?factor=a34004",
            $"/api/sources/{TheirOutlet}", $"/api/sources/{TheirOutlet}/live", $"/api/devices/{Theirs}", $"/api/cases/{theirCase}",
            $"/api/enterprises/{TheirEnterprise}/records",
        })
        {
            Assert.True(HttpStatusCode.NotFound == (await officer.GetAsync(path)).StatusCode, path);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync($"/api/cases/{theirCase}/notes", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync($"/api/cases/{theirCase}/accept", null)).StatusCode);
        Assert.Equal(0, (await officer.GetFromJsonAsync<JsonElement>("/api/alarms?district=320404")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task District_steward_cannot_write_outside_the_district()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await Accounts.StationAsync(silo, Theirs, "320404");
        await Accounts.OutletAsync(silo, TheirOutlet, TheirEnterprise, "320404");
        var (steward, _) = await Accounts.CreateAsync(silo, "chen", "steward", "320402");
        var body = new { name = "x", kind = "air", location = new { lon = 119.95, lat = 31.75 }, districtCode = "320404", factors = new[] { "a34004" } };

        Assert.Equal(HttpStatusCode.NotFound, (await steward.PutAsJsonAsync($"/api/stations/{Theirs}", body with { districtCode = "320402" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.PutAsJsonAsync("/api/stations/320404AQ000499", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await steward.PutAsJsonAsync("/api/stations/320402AQ000499", body with { districtCode = "320402" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await steward.PostAsJsonAsync($"/api/enterprises/{TheirEnterprise}/records", new
        {
            kind = "inspection", date = "2026-11-20", details = new { inspectors = "王", result = "compliant" },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.PutAsJsonAsync("/api/devices/320404AQ000498", new { kind = "station", password = "123456" })).StatusCode);
    }

    [Fact]
    public async Task Hub_refuses_other_districts_and_filters_the_city_feed()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await Accounts.StationAsync(silo, Mine, "320402");
        await Accounts.StationAsync(silo, Theirs, "320404");
        var (_, key) = await Accounts.CreateAsync(silo, "zhao", "viewer", "320402");
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(silo.Http.BaseAddress!, "/hubs/twins"), options => options.Headers["Authorization"] = "Bearer " + key)
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        var received = new ConcurrentQueue<TwinSummary>();
        hub.On<TwinSummary[]>("changes", changes => Array.ForEach(changes, received.Enqueue));
        await hub.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("JoinDistrict", "320404"));
        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync("JoinTwin", "station/" + Theirs));
        await hub.InvokeAsync("JoinCity");
        await hub.InvokeAsync("JoinTwin", "station/" + Mine);
        (await silo.Http.PutAsJsonAsync($"/api/stations/{Theirs}", new { name = "改名 1", kind = "air", location = new { lon = 119.95, lat = 31.75 }, districtCode = "320404", factors = new[] { "a34004" } })).EnsureSuccessStatusCode();
        (await silo.Http.PutAsJsonAsync($"/api/stations/{Mine}", new { name = "改名 2", kind = "air", location = new { lon = 119.95, lat = 31.75 }, districtCode = "320402", factors = new[] { "a34004" } })).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(() => Task.FromResult(received.Any(s => s.Name == "改名 2")), TimeSpan.FromSeconds(10), "the change in the officer's district");
        await Task.Delay(TimeSpan.FromMilliseconds(600)); // a later batch would carry the other district's change

        Assert.DoesNotContain(received, s => s.DistrictCode != "320402");
        await using var feed = await LiveTwinFeed.StartAsync(silo.Http.BaseAddress!, key, WatchTarget.Parse("city"), _ => { });
        await Assert.ThrowsAsync<HttpRequestException>(() => LiveTwinFeed.StartAsync(silo.Http.BaseAddress!, "etk_000000000000_" + new string('x', 43), WatchTarget.Parse("city"), _ => { }));
    }

    private static async Task<string> OpenCaseAsync(HttpClient http, string district)
    {
        var created = await (await http.PostAsJsonAsync("/api/cases", new { title = "群众投诉 " + district, districtCode = district })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("summary").GetProperty("id").GetString()!;
    }
}
