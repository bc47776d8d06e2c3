using System.Text.Json;
using EcoTwin.Storage.Batching;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Twins;

/// <summary>Writes twin summaries behind into the twins table; only the newest version of each twin is kept.</summary>
public sealed class SummaryWriter(NpgsqlDataSource dataSource, ILogger<SummaryWriter> logger) : BatchWriter<SummaryRecord>(logger, maxBatch: 20_000)
{
    private const string Columns = "kind, key, name, sub_kind, district_code, lon, lat, status, aqi, aqi_level, primary_pollutants, latest_values, last_heard_at, open_alarms, version, parent";

    /// <inheritdoc />
    protected override async Task WriteAsync(IReadOnlyList<SummaryRecord> batch)
    {
        var newest = batch.GroupBy(s => (s.Kind, s.Key)).Select(group => group.MaxBy(s => s.Version)!).ToList();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var stage = new NpgsqlCommand("CREATE TEMP TABLE IF NOT EXISTS twins_stage (LIKE twins) ON COMMIT DELETE ROWS", connection, transaction))
        {
            await stage.ExecuteNonQueryAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync($"COPY twins_stage ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var s in newest)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(s.Kind, NpgsqlDbType.Text);
                await importer.WriteAsync(s.Key, NpgsqlDbType.Text);
                await importer.WriteAsync(s.Name, NpgsqlDbType.Text);
                await importer.WriteOrNullAsync(s.SubKind, NpgsqlDbType.Text);
                await importer.WriteOrNullAsync(s.DistrictCode, NpgsqlDbType.Text);
                await importer.WriteOrNullAsync(s.Lon, NpgsqlDbType.Double);
                await importer.WriteOrNullAsync(s.Lat, NpgsqlDbType.Double);
                await importer.WriteAsync(s.Status, NpgsqlDbType.Text);
                await importer.WriteOrNullAsync(s.Aqi, NpgsqlDbType.Integer);
                await importer.WriteOrNullAsync(s.AqiLevel, NpgsqlDbType.Integer);
                await importer.WriteAsync(s.Primary, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await importer.WriteAsync(JsonSerializer.Serialize(s.Values), NpgsqlDbType.Jsonb);
                await importer.WriteOrNullAsync(s.LastHeardAt, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(s.OpenAlarms, NpgsqlDbType.Integer);
                await importer.WriteAsync(s.Version, NpgsqlDbType.Bigint);
                await importer.WriteOrNullAsync(s.Parent, NpgsqlDbType.Text);
            }

            await importer.CompleteAsync();
        }

        var updates = string.Join(", ", Columns.Split(", ").Skip(2).Select(c => $"{c} = excluded.{c}"));
        await using (var merge = new NpgsqlCommand(
            $"INSERT INTO twins ({Columns}) SELECT {Columns} FROM twins_stage ON CONFLICT (kind, key) DO UPDATE SET {updates} WHERE twins.version < excluded.version",
            connection, transaction))
        {
            await merge.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
