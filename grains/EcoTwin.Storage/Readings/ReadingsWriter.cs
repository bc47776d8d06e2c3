using EcoTwin.Storage.Batching;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Readings;

/// <summary>
/// Writes readings behind, idempotently: writing a row twice stores it once (latest wins). The raw
/// rows of a batch, nearly always new, are copied straight into the day partitions; the averages,
/// and raw rows when the copy meets a row already stored or one twice (a replay after a crash), are
/// deduplicated (latest row per key), copied into a staging table and merged with ON CONFLICT DO UPDATE.
/// </summary>
public sealed class ReadingsWriter(NpgsqlDataSource dataSource, ILogger<ReadingsWriter> logger)
    : BatchWriter<ReadingRecord>(logger, maxBatch: 20_000)
{
    private const string Columns = "twin_kind, twin_key, factor, interval, time, value, flag, valid";
    private const string UniqueViolation = "23505";
    private const int ParallelFrom = 2000; // rows; below, one stream
    private readonly ReadingPartitions _partitions = new();
    private long _mergedRawBatches;

    /// <summary>Batches of raw rows that met a stored row or held one twice and were merged instead (replays).</summary>
    public long MergedRawBatches => Interlocked.Read(ref _mergedRawBatches);

    /// <inheritdoc />
    /// <remarks>
    /// A large batch is written as two streams on two connections at once, split by twin: while one
    /// connection's rows are being encoded here, PostgreSQL stores the other's, so neither waits idle.
    /// </remarks>
    protected override async Task WriteAsync(IReadOnlyList<ReadingRecord> batch)
    {
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await _partitions.EnsureAsync(connection, batch.Select(r => DateOnly.FromDateTime(r.Time.UtcDateTime)));
        }

        if (batch.Count < ParallelFrom)
        {
            await WriteShardAsync(batch);
            return;
        }

        var shards = new[] { new List<ReadingRecord>(batch.Count / 2), new List<ReadingRecord>(batch.Count / 2) };
        foreach (var row in batch)
        {
            shards[(row.Key.GetHashCode() & int.MaxValue) % 2].Add(row); // one twin's rows stay in one shard, in order
        }

        await Task.WhenAll(shards.Select(WriteShardAsync));
    }

    private async Task WriteShardAsync(IReadOnlyList<ReadingRecord> rows)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var raw = rows.Where(r => r.Interval == ReadingRecord.RawInterval).ToList();
        var merged = rows.Where(r => r.Interval != ReadingRecord.RawInterval).ToList();
        if (raw.Count > 0 && !await TryCopyNewAsync(connection, raw))
        {
            Interlocked.Increment(ref _mergedRawBatches);
            merged.AddRange(raw);
        }

        if (merged.Count > 0)
        {
            await MergeAsync(connection, LatestPerKey(merged));
        }
    }

    /// <summary>The last row of each key, in order (a batch may hold the same key twice).</summary>
    private static List<ReadingRecord> LatestPerKey(List<ReadingRecord> rows) =>
        [.. rows.GroupBy(r => (r.Kind, r.Key, r.Factor, r.Interval, r.Time)).Select(group => group.Last())];

    /// <summary>Copies rows none of which is stored yet, none twice; false (and nothing written) otherwise.</summary>
    private static async Task<bool> TryCopyNewAsync(NpgsqlConnection connection, List<ReadingRecord> rows)
    {
        try
        {
            await CopyAsync(connection, "readings", rows);
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == UniqueViolation)
        {
            return false; // the COPY is one statement: it wrote nothing
        }
    }

    private static async Task MergeAsync(NpgsqlConnection connection, List<ReadingRecord> rows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var stage = new NpgsqlCommand("CREATE TEMP TABLE IF NOT EXISTS readings_stage (LIKE readings) ON COMMIT DELETE ROWS", connection, transaction))
        {
            await stage.ExecuteNonQueryAsync();
        }

        await CopyAsync(connection, "readings_stage", rows);
        await using (var merge = new NpgsqlCommand(
            $"INSERT INTO readings ({Columns}) SELECT {Columns} FROM readings_stage " +
            "ON CONFLICT (twin_kind, twin_key, factor, interval, time) DO UPDATE SET value = excluded.value, flag = excluded.flag, valid = excluded.valid",
            connection, transaction))
        {
            await merge.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, List<ReadingRecord> rows)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(row.Kind, NpgsqlDbType.Text);
            await importer.WriteAsync(row.Key, NpgsqlDbType.Text);
            await importer.WriteAsync(row.Factor, NpgsqlDbType.Text);
            await importer.WriteAsync(row.Interval, NpgsqlDbType.Text);
            await importer.WriteAsync(row.Time, NpgsqlDbType.TimestampTz);
            await importer.WriteOrNullAsync(row.Value is { } value && double.IsFinite(value) ? value : (double?)null, NpgsqlDbType.Double);

            await importer.WriteAsync(row.Flag.ToString(), NpgsqlDbType.Char);
            await importer.WriteAsync(row.Valid, NpgsqlDbType.Boolean);
        }

        await importer.CompleteAsync();
    }
}
