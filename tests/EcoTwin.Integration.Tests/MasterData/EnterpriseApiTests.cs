using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.MasterData;

[Collection(PostgresCollection.Name)]
public sealed class EnterpriseApiTests(PostgresServer postgres)
{
    private const string Code = "91320411MA1MXXXX0N";

    [Fact]
    public async Task Enterprise_put_answers_created_unchanged_updated_and_history_approve_and_distribute_follow()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        silo.Http.DefaultRequestHeaders.Add("X-EcoTwin-User", "zhang");

        var created = await silo.Http.PutAsJsonAsync($"/api/enterprises/{Code}", Body("新北区汉江路1号"));
        var same = await silo.Http.PutAsJsonAsync($"/api/enterprises/{Code}", Body("新北区汉江路1号"));
        var distributeEarly = await silo.Http.PostAsync($"/api/enterprises/{Code}/distribute", null);
        var updated = await silo.Http.PutAsJsonAsync($"/api/enterprises/{Code}", Body("新北区汉江路2号"));
        var approved = await silo.Http.PostAsync($"/api/enterprises/{Code}/approve", null);
        var distributed = await silo.Http.PostAsync($"/api/enterprises/{Code}/distribute", null);
        var history = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{Code}/history");
        var current = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{Code}");

        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            [created.StatusCode, same.StatusCode, distributeEarly.StatusCode, updated.StatusCode, approved.StatusCode, distributed.StatusCode]);
        Assert.Equal(["created", "updated", "approved", "distributed"], history.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.All(history.GetProperty("items").EnumerateArray(), e => Assert.Equal("zhang", e.GetProperty("by").GetString()));
        Assert.Equal((2, "distributed", "新北区汉江路2号"), (current.GetProperty("version").GetInt32(), current.GetProperty("stage").GetString(), current.GetProperty("address").GetString()));
    }

    [Fact]
    public async Task Bad_credit_code_is_400_naming_the_code_and_an_unknown_enterprise_is_404()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var bad = await silo.Http.PutAsJsonAsync("/api/enterprises/91320411MA1MXXXX01", Body("x"));
        var missing = await silo.Http.GetAsync($"/api/enterprises/{Code}");
        var noLocation = await silo.Http.PutAsJsonAsync($"/api/enterprises/{Code}", new { name = "x", industry = "chemical", address = "y", districtCode = "320411" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True((await noLocation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("location", out _));
    }

    [Fact]
    public async Task Outlets_registered_for_an_enterprise_are_its_sources_and_station_puts_tell_unchanged_too()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await silo.Http.PutAsJsonAsync($"/api/enterprises/{Code}", Body("新北区汉江路1号"));
        var outlet = new
        {
            enterpriseCode = Code, name = "1#废水排放口", medium = "water", location = new { lon = 119.95, lat = 31.86 }, districtCode = "320411",
            factors = new[] { "w01018" }, limits = new Dictionary<string, object> { ["w01018"] = new { max = 50 } },
        };
        var station = new { name = "天宁区文化宫", kind = "air", location = new { lon = 119.97, lat = 31.78 }, districtCode = "320402", factors = new[] { "a34004" } };

        var outletPuts = new[] { await silo.Http.PutAsJsonAsync("/api/sources/320411WW000101", outlet), await silo.Http.PutAsJsonAsync("/api/sources/320411WW000101", outlet) };
        var stationPuts = new[] { await silo.Http.PutAsJsonAsync("/api/stations/320402AQ000001", station), await silo.Http.PutAsJsonAsync("/api/stations/320402AQ000001", station) };
        var sources = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{Code}/sources");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.NoContent], outletPuts.Select(r => r.StatusCode));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.NoContent], stationPuts.Select(r => r.StatusCode));
        var item = Assert.Single(sources.GetProperty("items").EnumerateArray());
        Assert.Equal(("320411WW000101", 50), (item.GetProperty("mn").GetString(), item.GetProperty("limits").GetProperty("w01018").GetProperty("max").GetInt32()));
        var live = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{Code}/live");
        Assert.Equal("chemical", live.GetProperty("summary").GetProperty("subKind").GetString());
    }

    private static object Body(string address) => new
    {
        name = "常州市华达化工有限公司", industry = "chemical", address, location = new { lon = 119.95, lat = 31.86 }, districtCode = "320411", legalRepresentative = "周建国",
    };
}
