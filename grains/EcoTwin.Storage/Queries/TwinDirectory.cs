using System.Text.Json;
using EcoTwin.Storage.Twins;
using Npgsql;

namespace EcoTwin.Storage.Queries;

/// <summary>Reads the twins table: pages for the lists, everything for the live snapshot.</summary>
public sealed class TwinDirectory(NpgsqlDataSource dataSource)
{
    private const string Columns = "kind, key, name, sub_kind, district_code, lon, lat, status, aqi, aqi_level, primary_pollutants, latest_values, last_heard_at, open_alarms, version, parent";

    /// <summary>One page of twins matching <paramref name="query"/>, ordered by key.</summary>
    public async Task<TwinPage> PageAsync(TwinQuery query, CancellationToken cancellationToken = default)
    {
        const string Where = """
            WHERE kind = $1 AND ($2::text IS NULL OR district_code = $2) AND ($3::text IS NULL OR sub_kind = $3)
              AND ($4::text IS NULL OR status = $4) AND ($5::text IS NULL OR parent = $5)
              AND ($6::text IS NULL OR key ILIKE '%' || $6 || '%' OR name ILIKE '%' || $6 || '%') AND ($7::text[] IS NULL OR district_code = ANY($7))
            """;
        await using var batch = dataSource.CreateBatch();
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM twins {Where}");
        var rows = new NpgsqlBatchCommand($"SELECT {Columns} FROM twins {Where} ORDER BY key LIMIT $8 OFFSET $9");
        foreach (var command in new[] { count, rows })
        {
            command.Parameters.AddWithValue(query.Kind);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)query.District ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)query.SubKind ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)query.Status ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)query.Parent ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)query.Text ?? DBNull.Value);
            command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, (object?)query.Scope?.ToArray() ?? DBNull.Value);
        }

        rows.Parameters.AddWithValue(query.PageSize);
        rows.Parameters.AddWithValue((query.Page - 1) * query.PageSize);
        var (items, total) = await PagedBatch.ReadAsync(batch, count, rows, Read, cancellationToken);
        return new TwinPage(items, total, query.Page, query.PageSize);
    }

    /// <summary>Every twin's latest summary.</summary>
    public async Task<List<SummaryRecord>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM twins");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<SummaryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader));
        }

        return items;
    }

    private static SummaryRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetDouble(5), r.IsDBNull(6) ? null : r.GetDouble(6), r.GetString(7),
        r.IsDBNull(8) ? null : r.GetInt32(8), r.IsDBNull(9) ? null : r.GetInt32(9), r.GetFieldValue<string[]>(10),
        JsonSerializer.Deserialize<Dictionary<string, double>>(r.GetString(11)) ?? [],
        r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12), r.GetInt32(13), r.GetInt64(14), r.IsDBNull(15) ? null : r.GetString(15));
}
