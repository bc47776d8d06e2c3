using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Cli;

[Collection(PostgresCollection.Name)]
public sealed class ImportCliTests(PostgresServer postgres)
{
    private const string Stations = """
        code,name,kind,lon,lat,districtCode,factors
        320402AQ000001,天宁区文化宫,air,119.97,31.78,320402,a34004;a34002
        320402AQ000002,"红梅公园, 东门",air,119.99,31.79,320402,a34004
        320402AQ000003,坏站,air,119.99,31.79,3204,a34004
        """;

    [Fact]
    public async Task Importing_the_same_file_twice_creates_then_reports_all_unchanged_and_names_the_rejected_line_both_times()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var file = Path.Combine(Path.GetTempPath(), $"stations-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Stations);
        try
        {
            var first = await Infrastructure.Cli.RunAsync(["import", file, "--api", silo.Http.BaseAddress!.ToString()]);
            var second = await Infrastructure.Cli.RunAsync(["import", file, "--api", silo.Http.BaseAddress!.ToString()]);

            Assert.True(first.ExitCode == 0, first.Stderr);
            Assert.Equal((2, 0, 0), Counts(first));
            Assert.Equal((0, 0, 2), Counts(second));
            Assert.Equal(0, second.ExitCode);
            var rejected = Assert.Single(JsonDocument.Parse(second.Stdout).RootElement.GetProperty("rejected").EnumerateArray());
            Assert.Equal((4, "320402AQ000003"), (rejected.GetProperty("line").GetInt32(), rejected.GetProperty("key").GetString()));
            Assert.StartsWith("districtCode: '3204' is not a GB/T 2260 division code", rejected.GetProperty("reason").GetString());
            Assert.Contains($"{Path.GetFileName(file)}:4: 320402AQ000003 rejected", second.Stderr);
            Assert.Contains("0 created, 0 updated, 2 unchanged, 1 rejected", second.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Missing_file_or_unknown_format_exits_2()
    {
        var unknown = Path.Combine(Path.GetTempPath(), $"unknown-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(unknown, "colour,size\nred,1\n");
        try
        {
            var missing = await Infrastructure.Cli.RunAsync(["import", "/no/such/file.csv", "--api", "http://127.0.0.1:1"]);
            var bad = await Infrastructure.Cli.RunAsync(["import", unknown, "--api", "http://127.0.0.1:1"]);

            Assert.Equal(2, missing.ExitCode);
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("is not one of stations", bad.Stderr);
        }
        finally
        {
            File.Delete(unknown);
        }
    }

    private static (int Created, int Updated, int Unchanged) Counts(Infrastructure.Cli.Run run)
    {
        var report = JsonDocument.Parse(run.Stdout).RootElement;
        return (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32());
    }
}
