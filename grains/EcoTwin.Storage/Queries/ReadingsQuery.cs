using Npgsql;

namespace EcoTwin.Storage.Queries;

/// <summary>Reads a twin's readings history.</summary>
public sealed class ReadingsQuery(NpgsqlDataSource dataSource)
{
    /// <summary>The points of one factor of one twin in [<paramref name="from"/>, <paramref name="to"/>), oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<List<SeriesPoint>> SeriesAsync(
        string kind, string key, string factor, string interval, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT time, value, flag, valid FROM readings
            WHERE twin_kind = $1 AND twin_key = $2 AND factor = $3 AND interval = $4 AND time >= $5 AND time < $6
            ORDER BY time LIMIT $7
            """);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(factor);
        command.Parameters.AddWithValue(interval);
        command.Parameters.AddWithValue(from);
        command.Parameters.AddWithValue(to);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var points = new List<SeriesPoint>();
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add(new SeriesPoint(
                reader.GetFieldValue<DateTimeOffset>(0), reader.IsDBNull(1) ? null : reader.GetDouble(1), reader.GetString(2), reader.GetBoolean(3)));
        }

        return points;
    }
}
