using EcoTwin.Client.Simulation;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Simulation;

[Collection(PostgresCollection.Name)]
public sealed class SimulatorTests(PostgresServer postgres)
{
    [Fact]
    public async Task Simulated_devices_drive_the_real_gateway_and_every_acked_packet_is_in_the_raw_log_exactly_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        var simulator = new DeviceSimulator(new DeviceSimulatorOptions
        {
            Gateways = [$"127.0.0.1:{silo.DevicePort}"],
            ApiBaseUrl = silo.Http.BaseAddress,
            Stations = 16,
            Sources = 4,
            Rate = 200,
            Duration = TimeSpan.FromSeconds(3),
            Seed = 11,
            RecordAckedQns = true,
        });

        var report = await simulator.RunAsync();

        Assert.InRange(report.Sent, 400, 600);
        Assert.Equal((report.Sent, 0L, 0L), (report.Acked, report.Rejected, report.Unanswered));
        var acked = report.AckedQns.SelectMany(device => device.Value.Select(qn => $"{device.Key} {qn}")).Order().ToList();
        var logged = (await Sql.ColumnAsync(database, "SELECT mn || ' ' || qn FROM raw_log")).Order().ToList();
        Assert.Equal(acked, logged);
        Assert.Equal(logged.Count, logged.Distinct().Count());

        await using var client = await silo.ConnectClientAsync();
        var stations = simulator.Devices.Where(device => device.Station is not null && report.AckedQns[device.Mn].Count > 0).ToList();
        Assert.NotEmpty(stations);
        foreach (var station in stations)
        {
            await Eventually.TrueAsync(
                async () => (await client.Station(station.Mn).GetViewAsync()).Factors is var factors
                    && station.Factors.All(code => factors.Any(f => f.Code == code && f.Latest is not null)),
                TimeSpan.FromSeconds(15),
                $"station twin {station.Mn} to show a value for each of its factors");
        }
    }
}
