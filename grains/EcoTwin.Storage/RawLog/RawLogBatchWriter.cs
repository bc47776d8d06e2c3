using EcoTwin.Storage.Batching;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.RawLog;

/// <summary>
/// Writes one batch of packets in one transaction on a connection of its own. The common path is a
/// binary COPY straight into raw_log; when a packet in the batch was stored before (a resend), the
/// batch goes through a staging table with ON CONFLICT DO NOTHING instead, and the resends are reported.
/// </summary>
internal sealed class RawLogBatchWriter(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    private const string Columns = "seq, received_at, peer, mn, st, cn, qn, data_time, dedupe_key, packet";
    private const string UniqueViolation = "23505";
    private NpgsqlConnection? _connection;

    /// <summary>Commits <paramref name="batch"/>; returns one receipt per packet, in order.</summary>
    public async Task<RawLogReceipt[]> WriteAsync(IReadOnlyList<RawPacket> batch)
    {
        var connection = await ConnectionAsync();
        var seqs = await ReserveSeqsAsync(connection, batch.Count);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await CopyAsync(connection, "raw_log", batch, seqs);
            await transaction.CommitAsync();
            return [.. seqs.Select(seq => new RawLogReceipt(seq, Duplicate: false))];
        }
        catch (PostgresException ex) when (ex.SqlState == UniqueViolation)
        {
            return await WriteWithResendsAsync(connection, batch, seqs);
        }
    }

    /// <summary>Drops the connection after a failure; the next batch opens a new one.</summary>
    public async Task ResetAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await ResetAsync();

    private static async Task<RawLogReceipt[]> WriteWithResendsAsync(NpgsqlConnection connection, IReadOnlyList<RawPacket> batch, long[] seqs)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var stage = new NpgsqlCommand($"CREATE TEMP TABLE IF NOT EXISTS raw_log_stage (LIKE raw_log) ON COMMIT DELETE ROWS", connection, transaction))
        {
            await stage.ExecuteNonQueryAsync();
        }

        await CopyAsync(connection, "raw_log_stage", batch, seqs);
        var stored = new HashSet<long>();
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO raw_log ({Columns}) SELECT {Columns} FROM raw_log_stage ORDER BY seq ON CONFLICT (mn, dedupe_key) DO NOTHING RETURNING seq",
            connection, transaction))
        await using (var reader = await insert.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetInt64(0));
            }
        }

        await transaction.CommitAsync();
        return [.. seqs.Select(seq => stored.Contains(seq) ? new RawLogReceipt(seq, false) : new RawLogReceipt(0, true))];
    }

    private static async Task<long[]> ReserveSeqsAsync(NpgsqlConnection connection, int count)
    {
        // One sequence with CACHE 1: values rise with time across every silo, so a device's packets
        // keep their order in the log even when the device moves to another silo.
        await using var command = new NpgsqlCommand("SELECT nextval('raw_log_seq') FROM generate_series(1, $1)", connection);
        command.Parameters.AddWithValue(count);
        var seqs = new long[count];
        await using var reader = await command.ExecuteReaderAsync();
        for (var i = 0; await reader.ReadAsync(); i++)
        {
            seqs[i] = reader.GetInt64(0);
        }

        return seqs;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, IReadOnlyList<RawPacket> batch, long[] seqs)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < batch.Count; i++)
        {
            var packet = batch[i];
            await importer.StartRowAsync();
            await importer.WriteAsync(seqs[i], NpgsqlDbType.Bigint);
            await importer.WriteAsync(packet.ReceivedAt, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(packet.Peer, NpgsqlDbType.Text);
            await importer.WriteAsync(packet.Mn, NpgsqlDbType.Text);
            await importer.WriteOrNullAsync(packet.St, NpgsqlDbType.Text);
            await importer.WriteAsync(packet.Cn, NpgsqlDbType.Text);
            await importer.WriteOrNullAsync(packet.Qn, NpgsqlDbType.Text);
            await importer.WriteOrNullAsync(packet.DataTime, NpgsqlDbType.TimestampTz);
            await importer.WriteOrNullAsync(packet.DedupeKey, NpgsqlDbType.Bytea);
            await importer.WriteAsync(packet.Segment, NpgsqlDbType.Text);
        }

        await importer.CompleteAsync();
    }

    private async Task<NpgsqlConnection> ConnectionAsync()
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }

        await ResetAsync();
        _connection = await dataSource.OpenConnectionAsync();
        return _connection;
    }
}
