using System.Net.Http.Json;
using EcoTwin.Client.Simulation;
using EcoTwin.Faults.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EcoTwin.Faults.Tests.Hostile;

/// <summary>
/// One silo's gateway under attack while good devices keep sending: idle connections (5 000 in the
/// long run), connections hanging mid-frame, slowloris, oversized frames, garbage, a device that
/// never reads its answers, a half-close. Good devices keep being answered, the silo stays ready,
/// and its memory stays bounded.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class HostileClientTests(FaultsDatabase postgres, ITestOutputHelper output)
{
    private const double GoodRate = 100;
    private static readonly TimeSpan SlowInterval = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Good_devices_are_served_and_the_silo_stays_healthy_and_bounded_under_hostile_clients()
    {
        var scale = FaultScale.Current;
        var report = new FaultReport(output, "hostile clients against one silo's gateway");
        await report.RunAsync(async () =>
        {
            var idleCount = IdleConnectionsAllowed(scale.IdleConnections, report);
            var database = await postgres.CreateDatabaseAsync();
            using var cluster = await SiloCluster.StartAsync(1, database);
            var silo = cluster.Silos[0];
            report.OnFailureShow(() => silo.Process.Output.Length > 20_000 ? silo.Process.Output[^20_000..] : silo.Process.Output);
            var slow = Enumerable.Range(1, 10).Select(i => new HostileFrames($"FAULTSSLOW{i:D6}")).ToList();
            var (idle, halfClose, nonReader) = (new HostileFrames("FAULTSIDLE000001"), new HostileFrames("FAULTSHALF000001"), new HostileFrames("FAULTSFLOOD00001"));
            foreach (var mn in slow.Append(idle).Append(halfClose).Append(nonReader).Select(f => f.Mn))
            {
                (await silo.Http.PutAsJsonAsync($"/api/devices/{mn}", new { kind = "station", password = "123456" })).EnsureSuccessStatusCode();
            }

            var warmUp = TimeSpan.FromSeconds(5);
            var load = LoadRun.Start(new DeviceSimulatorOptions
            {
                Gateways = [silo.DeviceGateway], ApiBaseUrl = silo.Http.BaseAddress, Stations = 20, Rate = GoodRate,
                Duration = warmUp + scale.AttackDuration + TimeSpan.FromSeconds(5), Incidents = false, Seed = 7,
            });
            await load.WhenAckedAsync((long)(GoodRate * warmUp.TotalSeconds), TimeSpan.FromSeconds(60));
            var (rssBefore, gcBefore) = (silo.ResidentBytes, await silo.GcCommittedBytesAsync());
            report.Line($"silo ready, 20 good devices at {GoodRate}/s warmed up; silo RSS {ProcessMemory.Mb(rssBefore)}, {ProcessMemory.OpenFiles(silo.Process.Id)} open files");

            var port = silo.Process.DevicePort;
            using var stop = new CancellationTokenSource(scale.AttackDuration);
            var watch = new SiloWatch();
            var watching = watch.RunAsync(silo, load, stop.Token);
            var holding = HoldingAttacks.IdleAsync(port, idleCount, idle, stop.Token);
            var slowloris = HoldingAttacks.SlowlorisAsync(port, scale.SlowlorisConnections, slow, SlowInterval);
            var oversize = FloodingAttacks.OversizeAsync(port, stop.Token);
            var garbage = Task.WhenAll(Enumerable.Range(0, 4).Select(seed => FloodingAttacks.GarbageAsync(port, seed, stop.Token)));
            var flood = FloodingAttacks.NonReaderAsync(port, nonReader, stop.Token);
            var halfClosed = HoldingAttacks.HalfCloseAsync(port, halfClose);
            await Task.WhenAll(watching, holding, slowloris, oversize, garbage, flood, halfClosed);
            var (rssAfter, gcAfter) = (silo.ResidentBytes, await silo.GcCommittedBytesAsync());

            var simulation = await load.Completion;
            var log = await RawLogAudit.ReadAsync(database, simulation);
            var peak = watch.Samples.MaxBy(s => s.Rss);
            var garbageResult = garbage.Result.Aggregate((a, b) => new FloodingAttacks.Result(a.Connections + b.Connections, a.ClosedByGateway + b.ClosedByGateway, a.BytesSent + b.BytesSent));
            report.Line($"attack {scale.AttackDuration.TotalSeconds:0} s: {idleCount} idle connections (every tenth hanging mid-frame): {holding.Result} kept open by the gateway");
            report.Line($"slowloris: {scale.SlowlorisConnections} connections, 1 byte per {SlowInterval.TotalMilliseconds:0} ms: {slowloris.Result} frames answered when complete");
            report.Line($"oversize (##9999): {Describe(oversize.Result)}; garbage (4 clients): {Describe(garbageResult)}");
            report.Line($"non-reading flooder: {flood.Result.BytesSent / 1024} KiB taken before the gateway stopped reading it; half-close answered then closed: {halfClosed.Result}");
            report.Line($"silo: /health/ready 200 in {watch.Samples.Count(s => s.Ready)}/{watch.Samples.Count} samples, RSS {ProcessMemory.Mb(rssBefore)} -> peak {ProcessMemory.Mb(peak.Rss)} (at {peak.Files} open files) -> {ProcessMemory.Mb(rssAfter)} after; managed heap committed {ProcessMemory.Mb(gcBefore)} -> {ProcessMemory.Mb(gcAfter)}");
            report.Line($"good devices: {Load.Describe(simulation)}; longest gap between acks during the attack {watch.LongestAckGap().TotalSeconds:0.0} s; missing from raw log {log.Missing.Count}");

            Assert.All(watch.Samples, sample => Assert.True(sample.Ready, $"ready at {sample.At}"));
            Assert.Equal((simulation.Sent, 0L), (simulation.Acked, simulation.Rejected));
            Assert.Empty(log.Missing);
            Assert.True(watch.Samples[^1].Acked > watch.Samples[0].Acked, "good devices were answered during the attack");
            if (scale.Name == "long")
            {
                // Timed bounds only in the long run, which is read by a person beside the machine's load;
                // CI shares its cores with other work, so there the figures are reported, not asserted.
                Assert.True(watch.LongestAckGap() < TimeSpan.FromSeconds(3), $"acks stalled for {watch.LongestAckGap()}");
                Assert.True(simulation.AckLatencyP99 < TimeSpan.FromSeconds(3), $"good devices' p99 {simulation.AckLatencyP99}");
            }

            Assert.Equal(idleCount, holding.Result);
            Assert.True(peak.Files >= idleCount, $"the silo held the idle connections ({peak.Files} files)");
            Assert.Equal(scale.SlowlorisConnections, slowloris.Result);
            Assert.True(halfClosed.Result, "a half-closed connection gets its answer, then is closed");
            Assert.True(oversize.Result.ClosedByGateway > 0 && garbageResult.ClosedByGateway > 0, "flooders of bad frames are closed");
            Assert.True(peak.Rss - rssBefore < MemoryBound(idleCount), $"RSS grew by {ProcessMemory.Mb(peak.Rss - rssBefore)}");
        });
    }

    // Generous: the managed heap's own growth under load, plus a few KB of pipes per held connection.
    // The attack pushes 1.7 GB of bad frames and some 100 000 valid ones (the non-reader) through the
    // gateway in 20 s, and the server GC answers that rate with larger budgets: the whole growth measured
    // 200-290 MB with 500 connections (most of it the heap's committed memory, which the report shows)
    // and 340 MB with 5 000. Buffering what attackers send would grow it by gigabytes.
    private static long MemoryBound(int idleConnections) => (384L << 20) + (idleConnections * (32L << 10));

    private static string Describe(FloodingAttacks.Result result) =>
        $"{result.Connections} connections, {result.ClosedByGateway} closed by the gateway, {result.BytesSent / 1024} KiB sent";

    private static int IdleConnectionsAllowed(int wanted, FaultReport report)
    {
        var limit = ProcessMemory.OpenFilesLimit(Environment.ProcessId);
        var allowed = (int)Math.Min(wanted, limit - 1000);
        report.Line($"open files limit of the test process (and the silos it starts): {limit}; idle connections: {allowed} of {wanted}");
        return allowed;
    }
}
