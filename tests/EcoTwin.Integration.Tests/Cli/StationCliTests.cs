using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Cli;

[Collection(PostgresCollection.Name)]
public sealed class StationCliTests(PostgresServer postgres)
{
    [Fact]
    public async Task Station_get_prints_the_station_as_json()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        await silo.Http.PutAsJsonAsync("/api/stations/32040200001", new
        {
            name = "天宁区文化宫",
            kind = "air",
            location = new { lon = 119.97, lat = 31.78 },
            districtCode = "320402",
            factors = new[] { "a34004" },
        });

        var run = await Infrastructure.Cli.RunAsync(["station", "get", "32040200001", "--gateway", $"127.0.0.1:{silo.GatewayPort}", "--cluster-id", silo.ClusterId]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("天宁区文化宫", json.GetProperty("name").GetString());
        Assert.Equal("320402", json.GetProperty("districtCode").GetString());
    }

    [Fact]
    public async Task Station_get_of_an_unknown_station_exits_1_with_a_message()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());

        var run = await Infrastructure.Cli.RunAsync(["station", "get", "NOSUCH", "--gateway", $"127.0.0.1:{silo.GatewayPort}", "--cluster-id", silo.ClusterId]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("station 'NOSUCH' does not exist", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Unreachable_cluster_exits_3_with_one_line()
    {
        var port = FreePorts.Take(1)[0];

        var run = await Infrastructure.Cli.RunAsync(["station", "get", "X", "--gateway", $"127.0.0.1:{port}"]);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"ecotwin: cannot reach an EcoTwin silo at 127.0.0.1:{port}", run.Stderr);
    }

    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var run = await Infrastructure.Cli.RunAsync(["--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("station", run.Stdout);
    }
}
