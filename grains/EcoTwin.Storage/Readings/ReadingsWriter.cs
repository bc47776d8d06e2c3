using EcoTwin.Storage.Batching;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Readings;

/// <summary>
/// Writes readings behind: a batch is deduplicated (latest row per key wins), copied into a staging
/// table and merged into the day partitions with ON CONFLICT DO UPDATE, so writing a row twice is harmless.
/// </summary>
public sealed class ReadingsWriter(NpgsqlDataSource dataSource, ILogger<ReadingsWriter> logger)
    : BatchWriter<ReadingRecord>(logger, maxBatch: 20_000)
{
    private const string Columns = "twin_kind, twin_key, factor, interval, time, value, flag, valid";
    private readonly ReadingPartitions _partitions = new();

    /// <inheritdoc />
    protected override async Task WriteAsync(IReadOnlyList<ReadingRecord> batch)
    {
        var rows = batch
            .GroupBy(r => (r.Kind, r.Key, r.Factor, r.Interval, r.Time))
            .Select(group => group.Last())
            .ToList();
        await using var connection = await dataSource.OpenConnectionAsync();
        await _partitions.EnsureAsync(connection, rows.Select(r => DateOnly.FromDateTime(r.Time.UtcDateTime)));
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var stage = new NpgsqlCommand("CREATE TEMP TABLE IF NOT EXISTS readings_stage (LIKE readings) ON COMMIT DELETE ROWS", connection, transaction))
        {
            await stage.ExecuteNonQueryAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync($"COPY readings_stage ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
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

        await using (var merge = new NpgsqlCommand(
            $"INSERT INTO readings ({Columns}) SELECT {Columns} FROM readings_stage " +
            "ON CONFLICT (twin_kind, twin_key, factor, interval, time) DO UPDATE SET value = excluded.value, flag = excluded.flag, valid = excluded.valid",
            connection, transaction))
        {
            await merge.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
