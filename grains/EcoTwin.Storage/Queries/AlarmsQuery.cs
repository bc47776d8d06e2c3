using EcoTwin.Storage.Alarms;
using Npgsql;

namespace EcoTwin.Storage.Queries;

/// <summary>Reads the alarms table.</summary>
public sealed class AlarmsQuery(NpgsqlDataSource dataSource)
{
    /// <summary>A page of alarms, newest first; <paramref name="openOnly"/> keeps those not cleared.</summary>
    public async Task<(List<AlarmRecord> Items, long Total)> PageAsync(
        bool openOnly, string? district, string? kind, string? key, int page, int pageSize, CancellationToken cancellationToken = default, IReadOnlyCollection<string>? scope = null)
    {
        const string Where = """
            WHERE ($1 = false OR cleared_at IS NULL) AND ($2::text IS NULL OR district_code = $2)
              AND ($3::text IS NULL OR twin_kind = $3) AND ($4::text IS NULL OR twin_key = $4) AND ($7::text[] IS NULL OR district_code = ANY($7))
            """;
        await using var batch = dataSource.CreateBatch();
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM alarms {Where}");
        var rows = new NpgsqlBatchCommand(
            $"SELECT id, twin_kind, twin_key, district_code, cause, raised_at, cleared_at, detail FROM alarms {Where} ORDER BY raised_at DESC, id LIMIT $5 OFFSET $6");
        foreach (var command in new[] { count, rows })
        {
            command.Parameters.AddWithValue(openOnly);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)district ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)kind ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)key ?? DBNull.Value);
        }

        count.Parameters.AddWithValue(0);
        count.Parameters.AddWithValue(0);
        rows.Parameters.AddWithValue(pageSize);
        rows.Parameters.AddWithValue((page - 1) * pageSize);
        count.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, (object?)scope?.ToArray() ?? DBNull.Value);
        rows.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, (object?)scope?.ToArray() ?? DBNull.Value);
        var (items, total) = await PagedBatch.ReadAsync(batch, count, rows, reader => new AlarmRecord(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4),
            reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6), reader.GetString(7)), cancellationToken);
        return (items, total);
    }
}
