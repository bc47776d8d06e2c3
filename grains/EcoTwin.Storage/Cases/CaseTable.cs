using EcoTwin.Storage.Queries;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Cases;

/// <summary>The cases table: the case grains write their summary on every change; the board lists from it.</summary>
public sealed class CaseTable(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, title, status, origin, twin_kind, twin_key, cause, district_code, assignee, handler, deadline, overdue, escalated_at, alarm_open, alarm_count, opened_by, opened_at, updated_at, closed_at, version";

    /// <summary>Inserts or updates a case's row; an older version never replaces a newer one.</summary>
    public async Task UpsertAsync(CaseRow row, CancellationToken cancellationToken = default)
    {
        var names = Columns.Split(", ");
        var updates = string.Join(", ", names.Skip(1).Select(c => $"{c} = excluded.{c}"));
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO cases ({Columns}) VALUES ({string.Join(", ", names.Select((_, i) => $"${i + 1}"))}) " +
            $"ON CONFLICT (id) DO UPDATE SET {updates} WHERE cases.version < excluded.version");
        object?[] values =
        [
            row.Id, row.Title, row.Status, row.Origin, row.TwinKind, row.TwinKey, row.Cause, row.DistrictCode, row.Assignee, row.Handler,
            row.Deadline, row.Overdue, row.EscalatedAt, row.AlarmOpen, row.AlarmCount, row.OpenedBy, row.OpenedAt, row.UpdatedAt, row.ClosedAt, row.Version,
        ];
        NpgsqlDbType[] types =
        [
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Boolean, NpgsqlDbType.TimestampTz, NpgsqlDbType.Boolean, NpgsqlDbType.Integer,
            NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.Bigint,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(types[i], values[i] ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A page of cases matching <paramref name="query"/>: overdue first, then the newest.</summary>
    public async Task<(List<CaseRow> Items, long Total)> PageAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        const string Where = """
            WHERE ($1::text IS NULL OR status = $1) AND ($2::boolean IS NULL OR (status <> 'closed') = $2) AND ($3::text IS NULL OR district_code = $3)
              AND ($4::text IS NULL OR assignee = $4) AND ($5::text IS NULL OR twin_kind = $5) AND ($6::text IS NULL OR twin_key = $6)
              AND ($7::boolean IS NULL OR overdue = $7) AND ($8::text[] IS NULL OR district_code = ANY($8))
            """;
        await using var batch = dataSource.CreateBatch();
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM cases {Where}");
        var rows = new NpgsqlBatchCommand($"SELECT {Columns} FROM cases {Where} ORDER BY overdue DESC, opened_at DESC, id LIMIT $9 OFFSET $10");
        foreach (var command in new[] { count, rows })
        {
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.Status ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Boolean, (object?)query.Open ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.District ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.Assignee ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.TwinKind ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)query.TwinKey ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Boolean, (object?)query.Overdue ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, (object?)query.Scope?.ToArray() ?? DBNull.Value);
        }

        rows.Parameters.AddWithValue(query.PageSize);
        rows.Parameters.AddWithValue((query.Page - 1) * query.PageSize);
        var (items, total) = await PagedBatch.ReadAsync(batch, count, rows, Read, cancellationToken);
        return (items, total);
    }

    private static CaseRow Read(NpgsqlDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        DateTimeOffset? Time(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
        return new CaseRow(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Text(4), Text(5), Text(6), Text(7), Text(8), Text(9), Time(10), r.GetBoolean(11),
            Time(12), r.GetBoolean(13), r.GetInt32(14), r.GetString(15), r.GetFieldValue<DateTimeOffset>(16), r.GetFieldValue<DateTimeOffset>(17), Time(18), r.GetInt64(19));
    }
}
