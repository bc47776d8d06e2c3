using System.Threading.Channels;
using EcoTwin.Storage.Batching;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Quarantine;

/// <summary>
/// Keeps rejected input in the quarantine table, batched in the background. Nothing waits on it; a
/// full queue or a failed write is logged and counted, never thrown at the connection that sent it.
/// </summary>
public sealed partial class QuarantineWriter : IAsyncDisposable
{
    /// <summary>The most bytes of one rejected input that are kept.</summary>
    public const int MaxKeptBytes = 8192;

    private const int MaxBatch = 1000;
    private readonly Channel<QuarantinedInput> _queue = Channel.CreateBounded<QuarantinedInput>(
        new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger _logger;
    private readonly Task _loop;

    /// <summary>Starts the background writer.</summary>
    public QuarantineWriter(NpgsqlDataSource dataSource, ILogger<QuarantineWriter> logger)
    {
        _dataSource = dataSource;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues <paramref name="input"/> for the quarantine table; false when the queue is full.</summary>
    public bool Add(QuarantinedInput input)
    {
        var kept = input.Bytes.Length > MaxKeptBytes ? input with { Bytes = input.Bytes[..MaxKeptBytes] } : input;
        if (_queue.Writer.TryWrite(kept))
        {
            return true;
        }

        LogDropped(_logger, input.Reason, input.Peer);
        return false;
    }

    /// <summary>Writes what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<QuarantinedInput>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var input))
            {
                batch.Add(input);
            }

            try
            {
                await WriteAsync(batch);
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException)
            {
                LogWriteFailed(_logger, batch.Count, ex.Message);
            }
        }
    }

    private async Task WriteAsync(List<QuarantinedInput> batch)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY quarantine (received_at, peer, mn, reason, detail, bytes) FROM STDIN (FORMAT BINARY)");
        foreach (var input in batch)
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(input.ReceivedAt, NpgsqlDbType.TimestampTz);
            await importer.WriteAsync(input.Peer, NpgsqlDbType.Text);
            await importer.WriteOrNullAsync(input.Mn, NpgsqlDbType.Text);

            await importer.WriteAsync(input.Reason, NpgsqlDbType.Text);
            await importer.WriteAsync(input.Detail, NpgsqlDbType.Text);
            await importer.WriteAsync(input.Bytes, NpgsqlDbType.Bytea);
        }

        await importer.CompleteAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantine queue full: a rejected input ({Reason}) from {Peer} was counted but not kept")]
    private static partial void LogDropped(ILogger logger, string reason, string peer);

    [LoggerMessage(Level = LogLevel.Error, Message = "Quarantine write of {Count} rejected inputs failed: {Reason}")]
    private static partial void LogWriteFailed(ILogger logger, int count, string reason);
}
