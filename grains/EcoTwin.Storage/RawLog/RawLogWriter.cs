using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EcoTwin.Storage.RawLog;

/// <summary>
/// Appends packets to the raw log with group commit: whatever is waiting goes into one transaction
/// (binary COPY), and every caller's task completes after that commit with the packet's sequence
/// number. Callers acknowledge a device only then, so an acknowledged packet is never lost.
/// </summary>
public sealed partial class RawLogWriter : IAsyncDisposable
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);
    private readonly Channel<PendingPacket> _queue;
    private readonly RawLogBatchWriter _batches;
    private readonly RawLogMetrics _metrics;
    private readonly ILogger _logger;
    private readonly int _maxBatch;
    private readonly Task _loop;
    private readonly RecentPackets _recent;

    /// <summary>Starts the writer on <paramref name="dataSource"/>.</summary>
    public RawLogWriter(NpgsqlDataSource dataSource, IOptions<RawLogWriterOptions> options, RawLogMetrics metrics, ILogger<RawLogWriter> logger)
    {
        _queue = Channel.CreateBounded<PendingPacket>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _batches = new RawLogBatchWriter(dataSource);
        _metrics = metrics;
        _logger = logger;
        _maxBatch = options.Value.MaxBatch;
        _recent = new RecentPackets(options.Value.RecentResendWindow);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues <paramref name="packet"/>; completes after it is committed.</summary>
    /// <exception cref="RawLogUnavailableException">The commit failed; the packet is not stored.</exception>
    public async Task<RawLogReceipt> AppendAsync(RawPacket packet, CancellationToken cancellationToken = default) =>
        await await EnqueueAsync(packet, cancellationToken);

    /// <summary>
    /// Queues <paramref name="packet"/>, waiting while the queue is full, and returns the task of its
    /// commit, so a connection can read on while earlier packets are being committed.
    /// </summary>
    public async ValueTask<Task<RawLogReceipt>> EnqueueAsync(RawPacket packet, CancellationToken cancellationToken = default)
    {
        if (_recent.Contains(packet))
        {
            _metrics.Committed(1, 1, TimeSpan.Zero);
            return Task.FromResult(new RawLogReceipt(0, Duplicate: true));
        }

        var pending = new PendingPacket(packet);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        return pending.Completion.Task;
    }

    /// <summary>Commits what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await _batches.DisposeAsync();
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingPacket>(_maxBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                var packets = batch.ConvertAll(pending => pending.Packet);
                var receipts = await _batches.WriteAsync(packets);
                _recent.AddRange(packets);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Completion.TrySetResult(receipts[i]);
                }

                _metrics.Committed(batch.Count, receipts.Count(receipt => receipt.Duplicate), Stopwatch.GetElapsedTime(started));
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogCommitFailed(_logger, batch.Count, ex.Message);
                _metrics.Failed(batch.Count);
                var failure = new RawLogUnavailableException($"The raw log could not commit: {ex.Message}", ex);
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(failure);
                }

                await _batches.ResetAsync();
                await Task.Delay(RetryPause);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Raw log commit of {Count} packets failed; they are not acknowledged and devices will resend: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, int count, string reason);

    private sealed class PendingPacket(RawPacket packet)
    {
        public RawPacket Packet { get; } = packet;

        public TaskCompletionSource<RawLogReceipt> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
