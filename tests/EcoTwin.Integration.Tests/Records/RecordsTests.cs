using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Records;

/// <summary>Business records: per-kind validation, the profile's timeline, permits setting the outlets' limits, and the CSV import.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RecordsTests(PostgresServer postgres)
{
    private const string Enterprise = "91330100799655058B";
    private const string Outlet = "320402WS000601";

    [Fact]
    public async Task Permit_in_force_sets_the_outlet_limits_and_records_form_the_timeline()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await Accounts.OutletAsync(silo, Outlet, Enterprise, "320402");
        var (steward, _) = await Accounts.CreateAsync(silo, "chen", "steward", "320402");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var permit = await steward.PostAsJsonAsync($"/api/enterprises/{Enterprise}/records", new
        {
            kind = "permit", documentNo = "91330100799655058B001P", date = today, validFrom = today, validTo = DateTime.UtcNow.AddYears(5).ToString("yyyy-MM-dd"),
            details = new { issuer = "常州市生态环境局", limits = new object[] { new { outlet = Outlet, factor = "w01018", max = 50, unit = "mg/L" }, new { outlet = Outlet, factor = "w01001", max = 9, min = 6 } } },
        });
        (await steward.PostAsJsonAsync($"/api/enterprises/{Enterprise}/records", new
        {
            kind = "penalty", documentNo = "常环罚〔2026〕12号", date = "2026-03-01", details = new { violation = "超标排放", amount = 200000 },
        })).EnsureSuccessStatusCode();
        var source = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/sources/{Outlet}");
        var timeline = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{Enterprise}/records");
        var penalties = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{Enterprise}/records?kind=penalty");
        var answer = await permit.Content.ReadFromJsonAsync<JsonElement>();
        var one = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/records/{answer.GetProperty("record").GetProperty("id").GetInt64()}");

        Assert.Equal(HttpStatusCode.Created, permit.StatusCode);
        Assert.Equal([Outlet], answer.GetProperty("limitsApplied").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(50, source.GetProperty("limits").GetProperty("w01018").GetProperty("max").GetDouble());
        Assert.Equal(6, source.GetProperty("limits").GetProperty("w01001").GetProperty("min").GetDouble());
        Assert.Equal(["permit", "penalty"], timeline.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("kind").GetString()));
        Assert.Single(penalties.GetProperty("items").EnumerateArray());
        Assert.Equal("chen", one.GetProperty("enteredBy").GetString());
        Assert.Equal(200000, penalties.GetProperty("items")[0].GetProperty("details").GetProperty("amount").GetDouble());
    }

    [Fact]
    public async Task Invalid_records_are_400_naming_each_field_and_permits_only_limit_the_enterprises_own_outlets()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await Accounts.OutletAsync(silo, Outlet, "9144030071526726XG", "320402");

        var bad = await silo.Http.PostAsJsonAsync($"/api/enterprises/{Enterprise}/records", new { kind = "complaint", date = "2026-13-01", details = new { channel = "fax" } });
        var foreign = await silo.Http.PostAsJsonAsync($"/api/enterprises/{Enterprise}/records", new
        {
            kind = "permit", documentNo = "P1", date = "2026-01-01", validFrom = "2026-01-01", validTo = "2030-01-01",
            details = new { issuer = "x", limits = new object[] { new { outlet = Outlet, factor = "w01018", max = 50 } } },
        });
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["date", "details.channel", "details.content", "details.status"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("belongs to 9144030071526726XG", (await foreign.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Cli_import_reports_bad_lines_and_imports_nothing_then_imports_a_good_file_with_a_summary()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var folder = Directory.CreateTempSubdirectory("ecotwin-import-");
        var bad = Path.Combine(folder.FullName, "bad.csv");
        var good = Path.Combine(folder.FullName, "good.csv");
        await File.WriteAllTextAsync(bad, $"enterpriseCode,date,inspectors,result\n{Enterprise},2026-11-01,王,compliant\n91330100799655058C,2026-11-02,李,fined\n");
        await File.WriteAllTextAsync(good, $"enterpriseCode,date,inspectors,result,findings\n{Enterprise},2026-11-01,王,compliant,\n{Enterprise},2026-11-02,李,violation,\"废水直排, 已立案\"\n");

        var refused = await Infrastructure.Cli.RunAsync(["import", "records", bad, "--kind", "inspection", "--api", silo.Http.BaseAddress!.ToString()]);
        var imported = await Infrastructure.Cli.RunAsync(["import", "records", good, "--kind", "inspection", "--api", silo.Http.BaseAddress!.ToString()]);
        var timeline = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{Enterprise}/records?kind=inspection");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("bad.csv:3: enterpriseCode:", refused.Stderr);
        Assert.Contains("bad.csv:3: details.result: 'fined' is not one of compliant, rectify, violation", refused.Stderr);
        Assert.DoesNotContain("bad.csv:2", refused.Stderr);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        Assert.Equal(2, JsonDocument.Parse(imported.Stdout).RootElement.GetProperty("created").GetInt32());
        Assert.Equal(2, timeline.GetProperty("items").GetArrayLength());
    }
}
