using Npgsql;

namespace EcoTwin.Storage.Queries;

/// <summary>A page of rows and the count of all matching rows, read in one round trip.</summary>
public static class PagedBatch
{
    /// <summary>
    /// Runs <paramref name="count"/> (one row, one bigint) and <paramref name="rows"/> as one batch and
    /// reads the rows with <paramref name="read"/>.
    /// </summary>
    public static async Task<(List<T> Items, long Total)> ReadAsync<T>(
        NpgsqlBatch batch, NpgsqlBatchCommand count, NpgsqlBatchCommand rows, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(rows);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }

        return (items, total);
    }
}
