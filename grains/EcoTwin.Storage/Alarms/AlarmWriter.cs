using EcoTwin.Storage.Batching;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EcoTwin.Storage.Alarms;

/// <summary>Writes alarm events behind: a raise inserts the alarm, a clear stamps its cleared_at; both idempotent.</summary>
public sealed class AlarmWriter(NpgsqlDataSource dataSource, ILogger<AlarmWriter> logger) : BatchWriter<AlarmRecord>(logger, maxBatch: 1000)
{
    /// <inheritdoc />
    protected override async Task WriteAsync(IReadOnlyList<AlarmRecord> batch)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var commands = new NpgsqlBatch(connection);
        foreach (var alarm in batch)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO alarms (id, twin_kind, twin_key, district_code, cause, raised_at, cleared_at, detail)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (id) DO UPDATE SET cleared_at = COALESCE(excluded.cleared_at, alarms.cleared_at), detail = excluded.detail
                """);
            command.Parameters.AddWithValue(alarm.Id);
            command.Parameters.AddWithValue(alarm.Kind);
            command.Parameters.AddWithValue(alarm.Key);
            command.Parameters.AddWithValue((object?)alarm.DistrictCode ?? DBNull.Value);
            command.Parameters.AddWithValue(alarm.Cause);
            command.Parameters.AddWithValue(alarm.RaisedAt);
            command.Parameters.AddWithValue((object?)alarm.ClearedAt ?? DBNull.Value);
            command.Parameters.AddWithValue(alarm.Detail);
            commands.BatchCommands.Add(command);
        }

        await commands.ExecuteNonQueryAsync();
    }
}
