using Npgsql;

namespace EcoTwin.Storage.RawLog;

/// <summary>Reads a device's packets back from the raw log, in sequence order.</summary>
public sealed class RawLogReader(NpgsqlDataSource dataSource)
{
    /// <summary>Packets of <paramref name="mn"/> with <paramref name="afterSeq"/> &lt; seq &lt; <paramref name="beforeSeq"/>, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StoredPacket>> ReadAsync(string mn, long afterSeq, long? beforeSeq, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT seq, received_at, packet FROM raw_log WHERE mn = $1 AND seq > $2 AND seq < $3 ORDER BY seq LIMIT $4");
        command.Parameters.AddWithValue(mn);
        command.Parameters.AddWithValue(afterSeq);
        command.Parameters.AddWithValue(beforeSeq ?? long.MaxValue);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var packets = new List<StoredPacket>();
        while (await reader.ReadAsync(cancellationToken))
        {
            packets.Add(new StoredPacket(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2)));
        }

        return packets;
    }
}
