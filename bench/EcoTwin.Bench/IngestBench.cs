using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace EcoTwin.Bench;

/// <summary>
/// End to end ingest on real silo processes: benchmark devices → gateway → raw log (group commit, ack)
/// → twins → readings written behind. Acked packets per second in the steady state (after a
/// warm-up), readings per second (six factors per packet), and how long the readings table takes
/// to catch up once the load stops. Readings per second are those stored in the readings table during
/// the measured window (not acked packets times six: the readings are written behind).
/// </summary>
public static class IngestBench
{
    /// <summary>Factors (reading rows) per benchmark packet.</summary>
    public const int FactorsPerPacket = 6;

    /// <summary>What one ingest run measured.</summary>
    public sealed record Result(int Silos, int Devices, double PacketsPerSecond, double ReadingsPerSecond, TimeSpan AckP50, TimeSpan AckP99, long Readings, TimeSpan ReadingsLag, long BehindAtStop);

    /// <summary>Runs <paramref name="devices"/> devices (each keeping <paramref name="window"/> packets unanswered) against <paramref name="silos"/> silos.</summary>
    public static async Task<Result> RunAsync(BenchDatabase server, int silos, int devices, int window, TimeSpan warmUp, TimeSpan measure)
    {
        var database = await server.CreateAsync($"bench_ingest_{silos}");
        // The server takes 300 connections and a silo has two pools (Orleans' and the platform's): the silos
        // share 240 (past 300, twins fail to activate with "too many clients" and lag behind the raw log).
        var pooled = new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 120 / silos }.ConnectionString;
        var cluster = await BenchSilo.StartClusterAsync(silos, pooled, "bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var driver = new IngestDriver("BENCHIN", devices, window, [.. cluster.Select(silo => silo.DevicePort)]);
            await driver.RegisterAsync(cluster[0].Http);
            using var stop = new CancellationTokenSource();
            var running = driver.RunAsync(stop.Token);
            await Task.Delay(warmUp);
            var (acked0, clock) = (driver.Counters.AckedCount, Stopwatch.StartNew());
            var stored0 = await StoredReadingsAsync(database);
            await Task.Delay(measure);
            var rate = (driver.Counters.AckedCount - acked0) / clock.Elapsed.TotalSeconds;
            var stored1 = await StoredReadingsAsync(database);
            var stored = (stored1.Rows - stored0.Rows) / (stored1.At - stored0.At).TotalSeconds;
            await stop.CancelAsync();
            await running;

            var expected = driver.Counters.AckedCount * FactorsPerPacket;
            var behind = expected - await RawReadingsAsync(database);
            var lag = Stopwatch.StartNew();
            while (await RawReadingsAsync(database) < expected && lag.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(250);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ingest x{silos}: {rate:N0} acked/s, {stored:N0} readings stored/s, {driver.Counters.AckedCount:N0} acked, readings behind at stop {behind:N0}, caught up in {lag.Elapsed.TotalSeconds:0.0} s"));
            return new Result(silos, devices, rate, stored, driver.Counters.Latency.Percentile(50) ?? TimeSpan.Zero, driver.Counters.Latency.Percentile(99) ?? TimeSpan.Zero,
                expected, lag.Elapsed, behind);
        }
        finally
        {
            // Together: each graceful stop deactivates the silo's twins, which takes seconds.
            await Task.WhenAll(cluster.Select(silo => Task.Run(silo.Dispose)));
        }
    }

    /// <summary>Raw readings stored, as of the count's snapshot (the statement's start, on the server's clock).</summary>
    private static async Task<(long Rows, DateTime At)> StoredReadingsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*), statement_timestamp() FROM readings WHERE interval = 'raw'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetDateTime(1));
    }

    private static async Task<long> RawReadingsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM readings WHERE interval = 'raw'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
