using System.Threading.Channels;
using EcoTwin.Storage.Batching;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Quarantine;

/// <summary>
/// Keeps rejected input in the quarantine table, batched in the background. Nothing waits on it; a
/// full queue or a failed write is logged and counted, never thrown at the connection that sent it.
/// The queue is bounded by bytes as well as by count, so a flood of garbage cannot grow the silo's
/// memory faster than the table takes it.
/// </summary>
public sealed partial class QuarantineWriter : IAsyncDisposable
{
    /// <summary>The most bytes of one rejected input that are kept.</summary>
    public const int MaxKeptBytes = 8192;

    /// <summary>The most bytes of rejected input queued at once (beyond it, inputs are counted and dropped).</summary>
    public const long MaxQueuedBytes = 8L << 20;

    private const int MaxBatch = 1000;
    private const long DropReportInterval = 10_000; // ms
    private readonly ByteBudget _budget = new(MaxQueuedBytes);
    private readonly Channel<QuarantinedInput> _queue = Channel.CreateBounded<QuarantinedInput>(
        new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private long _dropped;

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
        if (_budget.TryTake(kept.Bytes.Length))
        {
            if (_queue.Writer.TryWrite(kept))
            {
                return true;
            }

            _budget.Release(kept.Bytes.Length);
        }

        // Logged once per full spell, not once per input: a flood would otherwise flood the log too.
        if (Interlocked.Increment(ref _dropped) == 1)
        {
            LogQueueFull(_logger, input.Reason, input.Peer);
        }

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
        var lastDropReport = Environment.TickCount64;
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
            finally
            {
                _budget.Release(batch.Sum(input => (long)input.Bytes.Length));
            }

            if (Interlocked.Read(ref _dropped) > 0 && Environment.TickCount64 - lastDropReport >= DropReportInterval)
            {
                lastDropReport = Environment.TickCount64;
                LogDropped(_logger, Interlocked.Exchange(ref _dropped, 0));
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantine queue full: rejected inputs (first: {Reason} from {Peer}) are counted but not kept until it drains")]
    private static partial void LogQueueFull(ILogger logger, string reason, string peer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantine queue was full: {Count} rejected inputs were counted but not kept")]
    private static partial void LogDropped(ILogger logger, long count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Quarantine write of {Count} rejected inputs failed: {Reason}")]
    private static partial void LogWriteFailed(ILogger logger, int count, string reason);
}
