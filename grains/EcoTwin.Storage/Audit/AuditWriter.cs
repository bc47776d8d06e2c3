using EcoTwin.Storage.Batching;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EcoTwin.Storage.Audit;

/// <summary>Appends audit entries behind (batched, retried until written while the process lives).</summary>
public sealed class AuditWriter(NpgsqlDataSource dataSource, ILogger<AuditWriter> logger) : BatchWriter<AuditEntry>(logger, maxBatch: 500)
{
    /// <inheritdoc />
    protected override async Task WriteAsync(IReadOnlyList<AuditEntry> batch)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var commands = new NpgsqlBatch(connection);
        foreach (var entry in batch)
        {
            var command = new NpgsqlBatchCommand(
                "INSERT INTO audit_log (at, user_name, role, action, target, status, remote_ip, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
            command.Parameters.AddWithValue(entry.At);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.UserName ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.Role ?? DBNull.Value);
            command.Parameters.AddWithValue(entry.Action);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.Target ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Integer, (object?)entry.Status ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.RemoteIp ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)entry.Detail ?? DBNull.Value);
            commands.BatchCommands.Add(command);
        }

        await commands.ExecuteNonQueryAsync();
    }
}
