using EcoTwin.Storage.Queries;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Cases;

/// <summary>The notifications table.</summary>
public sealed class NotificationStore(NpgsqlDataSource dataSource)
{
    /// <summary>Adds a notification once per <paramref name="dedupeKey"/>; false when it was there already.</summary>
    public async Task<bool> AddAsync(NotificationRecord notification, string dedupeKey, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO notifications (at, role, district_code, case_id, kind, message, dedupe_key) VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (dedupe_key) DO NOTHING
            """);
        command.Parameters.AddWithValue(notification.At);
        command.Parameters.AddWithValue(notification.Role);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)notification.DistrictCode ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)notification.CaseId ?? DBNull.Value);
        command.Parameters.AddWithValue(notification.Kind);
        command.Parameters.AddWithValue(notification.Message);
        command.Parameters.AddWithValue(dedupeKey);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>A page of notifications for <paramref name="roles"/> (null: all) within <paramref name="scope"/> (null: all), newest first.</summary>
    public async Task<(List<NotificationRecord> Items, long Total)> PageAsync(
        IReadOnlyCollection<string>? roles, IReadOnlyCollection<string>? scope, bool unreadOnly, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        const string Where = "WHERE ($1::text[] IS NULL OR role = ANY($1)) AND ($2::text[] IS NULL OR district_code = ANY($2)) AND ($3 = false OR read_at IS NULL)";
        await using var batch = dataSource.CreateBatch();
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM notifications {Where}");
        var rows = new NpgsqlBatchCommand($"SELECT id, at, role, district_code, case_id, kind, message, read_at, read_by FROM notifications {Where} ORDER BY at DESC, id DESC LIMIT $4 OFFSET $5");
        foreach (var command in new[] { count, rows })
        {
            command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, (object?)roles?.ToArray() ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, (object?)scope?.ToArray() ?? DBNull.Value);
            command.Parameters.AddWithValue(unreadOnly);
        }

        rows.Parameters.AddWithValue(pageSize);
        rows.Parameters.AddWithValue((page - 1) * pageSize);
        var (items, total) = await PagedBatch.ReadAsync(batch, count, rows, reader => new NotificationRecord(
            reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetString(6),
            reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetString(8)), cancellationToken);
        return (items, total);
    }

    /// <summary>Marks a notification read by <paramref name="user"/>.</summary>
    public async Task MarkReadAsync(long id, string user, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("UPDATE notifications SET read_at = now(), read_by = $2 WHERE id = $1 AND read_at IS NULL");
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(user);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
