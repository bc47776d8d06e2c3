using EcoTwin.Storage.Queries;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Audit;

/// <summary>Reads the audit log, newest first.</summary>
public sealed class AuditQuery(NpgsqlDataSource dataSource)
{
    /// <summary>A page of entries filtered by user, action prefix, target prefix and time.</summary>
    public async Task<(List<AuditEntry> Items, long Total)> PageAsync(
        string? user, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        const string Where = """
            WHERE ($1::text IS NULL OR user_name = $1) AND ($2::text IS NULL OR starts_with(action, $2))
              AND ($3::text IS NULL OR starts_with(target, $3)) AND ($4::timestamptz IS NULL OR at >= $4) AND ($5::timestamptz IS NULL OR at < $5)
            """;
        await using var batch = dataSource.CreateBatch();
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM audit_log {Where}");
        var rows = new NpgsqlBatchCommand($"SELECT at, user_name, role, action, target, status, remote_ip, detail, id FROM audit_log {Where} ORDER BY at DESC, id DESC LIMIT $6 OFFSET $7");
        foreach (var command in new[] { count, rows })
        {
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)user ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)action ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)target ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)from ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.TimestampTz, (object?)to ?? DBNull.Value);
        }

        rows.Parameters.AddWithValue(pageSize);
        rows.Parameters.AddWithValue((page - 1) * pageSize);
        var (items, total) = await PagedBatch.ReadAsync(batch, count, rows, reader => new AuditEntry(
            reader.GetFieldValue<DateTimeOffset>(0), Text(reader, 1), Text(reader, 2), reader.GetString(3), Text(reader, 4),
            reader.IsDBNull(5) ? null : reader.GetInt32(5), Text(reader, 6), Text(reader, 7), reader.GetInt64(8)), cancellationToken);
        return (items, total);
    }

    private static string? Text(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
