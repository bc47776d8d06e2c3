using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using EcoTwin.Domain.Hj212;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Bench;

/// <summary>
/// The storage limit: how fast this machine's PostgreSQL takes the rows ingest writes, by plain
/// binary COPY in batches on one connection — raw-log packets and reading rows.
/// </summary>
public static class CopyBench
{
    private const int Batch = 4000;

    /// <summary>Copies <paramref name="packets"/> raw-log rows and their reading rows.</summary>
    public static async Task<(double PacketsPerSecond, double ReadingsPerSecond)> RunAsync(string database, int packets)
    {
        var frames = BenchFrames.Uploads("BENCHCOPY0000001", "123456", new DateTime(2026, 11, 25, 0, 0, 0), 2000).ToList();
        var segments = frames.Select(Hj212Encoder.EncodeSegment).ToList();
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await PrepareReadingPartitionAsync(connection);

        var clock = Stopwatch.StartNew();
        for (var done = 0; done < packets; done += Batch)
        {
            await using var importer = await connection.BeginBinaryImportAsync(
                "COPY raw_log (seq, received_at, peer, mn, st, cn, qn, data_time, dedupe_key, packet) FROM STDIN (FORMAT BINARY)");
            for (var i = done; i < Math.Min(done + Batch, packets); i++)
            {
                var packet = frames[i % frames.Count];
                await importer.WriteRowAsync(CancellationToken.None, (long)i + 1, DateTimeOffset.UtcNow, "127.0.0.1:1", $"BENCH{i % 1000:D11}", "22", "2011", $"{packet.Qn}{i}",
                    DateTimeOffset.UtcNow, SHA256.HashData(Encoding.ASCII.GetBytes(segments[i % segments.Count] + i))[..16], segments[i % segments.Count]);
            }

            await importer.CompleteAsync();
        }

        var packetRate = packets / clock.Elapsed.TotalSeconds;
        var readings = packets * BenchFrames.AirFactors.Length;
        var start = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);
        clock.Restart();
        for (var done = 0; done < readings; done += Batch)
        {
            await using var importer = await connection.BeginBinaryImportAsync(
                "COPY readings (twin_kind, twin_key, factor, interval, time, value, flag, valid) FROM STDIN (FORMAT BINARY)");
            for (var i = done; i < Math.Min(done + Batch, readings); i++)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync("station", NpgsqlDbType.Text);
                await importer.WriteAsync($"BENCH{i / BenchFrames.AirFactors.Length % 1000:D11}", NpgsqlDbType.Text);
                await importer.WriteAsync(BenchFrames.AirFactors[i % BenchFrames.AirFactors.Length], NpgsqlDbType.Text);
                await importer.WriteAsync("raw", NpgsqlDbType.Text);
                await importer.WriteAsync(start.AddMilliseconds(i / BenchFrames.AirFactors.Length), NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(42.0 + (i % 7), NpgsqlDbType.Double);
                await importer.WriteAsync("N", NpgsqlDbType.Char);
                await importer.WriteAsync(true, NpgsqlDbType.Boolean);
            }

            await importer.CompleteAsync();
        }

        return (packetRate, readings / clock.Elapsed.TotalSeconds);
    }

    private static async Task PrepareReadingPartitionAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS readings_20261125 PARTITION OF readings FOR VALUES FROM ('2026-11-25 00:00+00') TO ('2026-11-26 00:00+00')", connection);
        await command.ExecuteNonQueryAsync();
    }
}
