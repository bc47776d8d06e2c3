using System.Diagnostics;
using EcoTwin.Faults.Tests.Infrastructure;
using EcoTwin.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EcoTwin.Faults.Tests.Cluster;

/// <summary>
/// Three silos, devices spread over their gateways with the others as failover; one silo is killed
/// with SIGKILL mid-load. Its devices reconnect elsewhere, its twins re-activate elsewhere from their
/// checkpoints and the raw log, and nothing acknowledged is lost or stored twice.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class SiloKillTests(FaultsDatabase postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_one_of_three_silos_mid_load_loses_no_acknowledged_packet_and_every_twin_catches_up()
    {
        var scale = FaultScale.Current;
        var report = new FaultReport(output, "kill -9 one of three silos mid-load");
        await report.RunAsync(async () =>
        {
            var database = await postgres.CreateDatabaseAsync();
            using var cluster = await SiloCluster.StartAsync(3, database);
            report.OnFailureShow(() => string.Join("\n", cluster.Silos.Select(silo => $"--- {silo.Name} ---\n{Tail(silo.Process.Output)}")));
            report.Line($"3 silos ready: gateways {string.Join(", ", cluster.DeviceGateways)}");

            var load = LoadRun.Start(Load.Options(scale, cluster.DeviceGateways, cluster.Silos[0].Http.BaseAddress!));
            var killAt = (long)(scale.Rate * scale.LoadDuration.TotalSeconds / 3);
            await load.WhenAckedAsync(killAt, TimeSpan.FromSeconds(120));
            var victim = cluster.Silos[0]; // the first: it created the cluster and hosts whatever landed there first
            var clock = Stopwatch.StartNew();
            victim.Kill();
            var ackedAtKill = load.Acked;
            report.Line($"killed {victim.Name} (pid {victim.Process.Id}) with SIGKILL at {ackedAtKill} acked packets");

            await load.WhenAckedAsync(ackedAtKill + (long)scale.Rate, TimeSpan.FromSeconds(60));
            report.Line($"acks flowing again through the other gateways {clock.Elapsed.TotalSeconds:0.0} s after the kill");
            var survivor = cluster.Alive.First();
            await Eventually.TrueAsync(
                async () => await MembershipTable.StatusAsync(database, cluster.ClusterId, victim.SiloPort) == MembershipTable.Dead,
                TimeSpan.FromSeconds(180), "the cluster to declare the killed silo dead");
            report.Line($"membership declared {victim.Name} dead {clock.Elapsed.TotalSeconds:0.0} s after the kill");

            var simulation = await load.Completion;
            report.Line(Load.Describe(simulation));
            var log = await RawLogAudit.ReadAsync(database, simulation);
            var twins = await TwinAudit.CheckAsync(survivor.Http, database, load.Simulator.Devices, simulation, log, TimeSpan.FromSeconds(120));
            report.Line($"sent {simulation.Sent}, acked {log.Acked}, stored {log.Stored}, applied {twins.Applied} " +
                $"({twins.Twins} twins caught up {clock.Elapsed.TotalSeconds:0.0} s after the kill)");

            Assert.Empty(log.Missing);
            Assert.Empty(log.Duplicated);
            Assert.Empty(twins.Problems);
            Assert.Equal(simulation.Sent, simulation.Acked);
            Assert.Equal(log.Stored, twins.Applied);
            Assert.True(simulation.Reconnects > 0, "devices of the killed silo reconnected elsewhere");
            Assert.All(cluster.Alive, silo => Assert.True(silo.IsReadyAsync().Result, $"{silo.Name} ready"));
        });
    }

    private static string Tail(string text) => text.Length > 20_000 ? text[^20_000..] : text;
}
