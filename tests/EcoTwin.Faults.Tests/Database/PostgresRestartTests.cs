using System.Diagnostics;
using System.Net.Http.Json;
using EcoTwin.Domain.Hj212;
using EcoTwin.Faults.Tests.Infrastructure;
using EcoTwin.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EcoTwin.Faults.Tests.Database;

/// <summary>
/// PostgreSQL goes down mid-load (immediate stop: every session dropped, as a crash of the database
/// host) and comes back. While it is down nothing is acknowledged, connections stay open and devices
/// resend; afterwards acks resume, nothing acknowledged is lost or stored twice, and the twins catch up.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PostgresRestartTests(FaultsDatabase postgres, ITestOutputHelper output)
{
    private const string LateMn = "FAULTSLATE000001";
    // Longer than the simulator's progress interval (250 ms) several times over.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task Database_down_mid_load_stops_acks_until_it_is_back_and_loses_nothing_acknowledged()
    {
        var scale = FaultScale.Current;
        var downtime = scale.Name == "long" ? TimeSpan.FromSeconds(12) : TimeSpan.FromSeconds(6);
        var report = new FaultReport(output, "PostgreSQL stopped and started mid-load");
        await report.RunAsync(async () =>
        {
            var database = await postgres.CreateDatabaseAsync();
            using var cluster = await SiloCluster.StartAsync(2, database);
            report.OnFailureShow(() => string.Join("\n", cluster.Silos.Select(silo => $"--- {silo.Name} ---\n{Tail(silo.Process.Output)}")));
            report.Line($"2 silos ready: gateways {string.Join(", ", cluster.DeviceGateways)}");
            (await cluster.Silos[0].Http.PutAsJsonAsync($"/api/devices/{LateMn}", new { kind = "station", password = "123456" })).EnsureSuccessStatusCode();

            // Long runs keep the database down 12 s, and PostgreSQL's crash recovery after a long load adds
            // more (25 s seen on 2 busy cores): devices there try 13 times x 5 s instead of HJ 212's default 4.
            var options = Load.Options(scale, cluster.DeviceGateways, cluster.Silos[0].Http.BaseAddress!);
            options.Retries = scale.Name == "long" ? 12 : options.Retries;
            var load = LoadRun.Start(options);
            await load.WhenAckedAsync((long)(scale.Rate * scale.LoadDuration.TotalSeconds / 4), TimeSpan.FromSeconds(120));
            var clock = Stopwatch.StartNew();
            await postgres.Control.StopAsync(immediate: true);
            report.Line($"PostgreSQL stopped (immediate) at {load.Acked} acked packets");

            // Answers to commits made just before the stop may still be on their way: wait until they are in.
            await load.WhenAcksQuietAsync(Settle, TimeSpan.FromSeconds(30));
            var ackedWhileDown = load.Acked;
            var readyWhileDown = await Task.WhenAll(cluster.Silos.Select(silo => silo.IsReadyAsync()));
            // A device the second silo has never seen connects now: its registry entry cannot be read.
            await using var late = await DeviceClient.ConnectAsync(cluster.Silos[1].Process.DevicePort);
            var packet = Hj212Uploads.RealTime(DateTime.Now, "22", "123456", LateMn, DateTime.Now, [Hj212CpItem.Of("a34004", "Rtd", 42.5m)]);
            await late.SendAsync(packet);
            var lateClosed = await late.IsClosedByGatewayAsync(TimeSpan.FromSeconds(2));
            var rest = downtime - clock.Elapsed;
            await Task.Delay(rest > TimeSpan.Zero ? rest : TimeSpan.Zero); // the outage itself lasts at least the downtime
            var ackedBeforeStart = load.Acked;
            report.Line($"while down ({downtime.TotalSeconds:0} s): acks {ackedWhileDown} -> {ackedBeforeStart}, " +
                $"/health/ready {string.Join(", ", readyWhileDown.Select(r => r ? 200 : 503))}, a new device's connection {(lateClosed ? "closed" : "kept open, unanswered")}");

            await postgres.Control.StartAsync();
            var startedAt = clock.Elapsed;
            report.Line($"PostgreSQL started again {startedAt.TotalSeconds:0.0} s after the stop");
            await load.WhenAckedAsync(ackedBeforeStart + (long)scale.Rate, TimeSpan.FromSeconds(60));
            report.Line($"acks flowing again {(clock.Elapsed - startedAt).TotalSeconds:0.0} s after the start");
            await late.SendAsync(packet); // the resend, on the same connection
            var lateAnswer = await late.ReceiveAsync(TimeSpan.FromSeconds(10));

            var simulation = await load.Completion;
            report.Line(Load.Describe(simulation));
            var log = await RawLogAudit.ReadAsync(database, simulation);
            var twins = await TwinAudit.CheckAsync(cluster.Silos[0].Http, database, load.Simulator.Devices, simulation, log, TimeSpan.FromSeconds(120));
            report.Line($"sent {simulation.Sent}, acked {log.Acked}, stored {log.Stored}, applied {twins.Applied} ({twins.Twins} twins caught up)");

            Assert.Equal(ackedWhileDown, ackedBeforeStart);
            Assert.All(readyWhileDown, Assert.False);
            Assert.False(lateClosed, "the gateway keeps a connection open while it cannot read the device registry");
            Assert.Equal(("9014", packet.Qn), (lateAnswer.Cn, lateAnswer.Qn));
            Assert.Empty(log.Missing);
            Assert.Empty(log.Duplicated);
            Assert.Empty(twins.Problems);
            Assert.Equal((simulation.Sent, 0L), (simulation.Acked, simulation.Reconnects));
            Assert.Equal(log.Stored, twins.Applied);
            Assert.True(simulation.Retried > 0, "devices resent what was not acknowledged while the database was down");
            Assert.True((await Task.WhenAll(cluster.Silos.Select(silo => silo.IsReadyAsync()))).All(ready => ready), "both silos ready again");
        });
    }

    private static string Tail(string text) => text.Length > 20_000 ? text[^20_000..] : text;
}
