using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Silo.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace EcoTwin.Integration.Tests.Cli;

[Collection(PostgresCollection.Name)]
public sealed class DemoSeedTests(PostgresServer postgres)
{
    [Fact]
    public async Task Demo_seed_registers_the_whole_city_through_the_api()
    {
        var connection = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(connection);

        var run = await Infrastructure.Cli.RunAsync(["demo", "seed", "--api", silo.Http.BaseAddress!.ToString()]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var phases = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("phases");
        Assert.Equal(
            [("districts", 8), ("devices", 720), ("enterprises", 300), ("stations", 120), ("sources", 600)],
            phases.EnumerateObject().Select(p => (p.Name, p.Value.GetProperty("created").GetInt32())));
        Assert.All(phases.EnumerateObject(), p => Assert.Empty(p.Value.GetProperty("rejected").EnumerateArray()));
        Assert.Equal(["8"], await Sql.ColumnAsync(connection, "SELECT count(*) FROM districts"));
        await CityCountsAsync(silo);
    }

    [Fact]
    public async Task Silo_with_demo_on_seeds_the_city_in_process_and_its_simulated_devices_send_past_hours_then_live_data_to_the_gateway()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database, settings: new Dictionary<string, string?> { ["EcoTwin:Demo"] = "true", [DemoSimulatorRunner.RateKey] = "200", [DemoSimulatorRunner.HistoryHoursKey] = "2" });

        await silo.Services.GetRequiredService<DemoSeeder>().Seeded.WaitAsync(TimeSpan.FromSeconds(90));

        var enterprise = await silo.Http.GetFromJsonAsync<JsonElement>("/api/enterprises/" + EcoTwin.Contracts.Demo.DemoMasterData.Of().Enterprises[0].Code);
        Assert.Equal("demo", enterprise.GetProperty("changedBy").GetString());
        await CityCountsAsync(silo);
        await Eventually.TrueAsync(
            async () => int.Parse((await Sql.ColumnAsync(database, "SELECT count(DISTINCT mn) FROM raw_log WHERE cn = '2011'"))[0], CultureInfo.InvariantCulture) >= 100,
            TimeSpan.FromSeconds(60),
            "real-time uploads of 100 different demo devices in the raw log");
        Assert.Equal(["1440"], await Sql.ColumnAsync(database, "SELECT count(*) FROM raw_log WHERE cn = '2061'")); // 720 devices x 2 past hours, before the live stream
        await Eventually.TrueAsync(
            async () => (await silo.Http.GetFromJsonAsync<JsonElement>("/api/city/live")).GetProperty("air").GetProperty("aqi").ValueKind == JsonValueKind.Object,
            TimeSpan.FromSeconds(30),
            "the city's hourly AQI from the past hours");
    }

    private static Task CityCountsAsync(TestSilo silo) => Eventually.TrueAsync(
        async () =>
        {
            var city = await silo.Http.GetFromJsonAsync<JsonElement>("/api/city/live");
            return city.GetProperty("stations").GetProperty("total").GetInt32() == 120
                && city.GetProperty("sources").GetProperty("total").GetInt32() == 600
                && city.GetProperty("districts").GetArrayLength() == 8;
        },
        TimeSpan.FromSeconds(30),
        "the city to count 120 stations and 600 outlets in 8 districts");
}
