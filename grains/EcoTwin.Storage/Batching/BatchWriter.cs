using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EcoTwin.Storage.Batching;

/// <summary>
/// A write-behind queue: items are posted without waiting and written in batches by one loop. A
/// failed batch is retried until it is written, so nothing posted is lost while the process lives
/// (twins replay from the raw log what a crash loses, because they checkpoint only after a flush).
/// </summary>
public abstract partial class BatchWriter<T> : IAsyncDisposable
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];
    private readonly Channel<Entry> _queue = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILogger _logger;
    private readonly int _maxBatch;
    private readonly Task _loop;
    private long _queued;

    /// <summary>Starts the loop.</summary>
    protected BatchWriter(ILogger logger, int maxBatch)
    {
        _logger = logger;
        _maxBatch = maxBatch;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Items posted and not yet written.</summary>
    public long Queued => Interlocked.Read(ref _queued);

    /// <summary>Queues items.</summary>
    /// <remarks>
    /// The items go into the queue as one entry: every twin of the silo posts here, and a write per
    /// item made the queue's lock the hottest spot of ingest (many threads spinning on it).
    /// </remarks>
    public void Post(IEnumerable<T> items)
    {
        T[] array = [.. items];
        if (array.Length == 0)
        {
            return;
        }

        Interlocked.Add(ref _queued, array.Length);
        _queue.Writer.TryWrite(new Entry(array, null));
    }

    /// <summary>Completes when everything posted before the call is written.</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite(new Entry(default, barrier)) ? barrier.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Writes what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes one batch; throws to have it retried.</summary>
    protected abstract Task WriteAsync(IReadOnlyList<T> batch);

    private async Task RunAsync()
    {
        var batch = new List<T>(_maxBatch);
        var barriers = new List<TaskCompletionSource>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var entry))
            {
                if (entry.Barrier is { } barrier)
                {
                    barriers.Add(barrier);
                }
                else
                {
                    batch.AddRange(entry.Items!); // a batch may end up one post larger than the maximum
                }
            }

            await WriteWithRetriesAsync(batch);
            Interlocked.Add(ref _queued, -batch.Count);
            batch.Clear();
            foreach (var barrier in barriers)
            {
                barrier.TrySetResult();
            }

            barriers.Clear();
        }
    }

    private async Task WriteWithRetriesAsync(List<T> batch)
    {
        for (var attempt = 0; batch.Count > 0; attempt++)
        {
            try
            {
                await WriteAsync(batch);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogRetry(_logger, GetType().Name, batch.Count, attempt + 1, ex.Message);
                await Task.Delay(Backoff[Math.Min(attempt, Backoff.Length - 1)]);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Writer}: writing {Count} items failed (attempt {Attempt}); retrying: {Reason}")]
    private static partial void LogRetry(ILogger logger, string writer, int count, int attempt, string reason);

    private readonly record struct Entry(T[]? Items, TaskCompletionSource? Barrier);
}
