using System.Collections.Concurrent;
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
    private readonly ConcurrentQueue<Entry> _queue = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly ILogger _logger;
    private readonly int _maxBatch;
    private readonly Task _loop;
    private long _queued;
    private int _wakePending;
    private TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _completed;

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
    /// Every twin of the silo posts here, from many threads at once: the items go in as one entry of
    /// a lock-free queue, and the writer is woken once per batch, not once per post. (A channel's
    /// lock, taken per post, was the hottest spot of ingest: threads spinning on it.)
    /// </remarks>
    public void Post(IEnumerable<T> items)
    {
        T[] array = [.. items];
        if (array.Length == 0 || _completed)
        {
            return;
        }

        Interlocked.Add(ref _queued, array.Length);
        Enqueue(new Entry(array, null));
    }

    /// <summary>
    /// Completes once no more than <paramref name="limit"/> items wait to be written (at once if so
    /// now): producers that can wait use it to stay within what the database takes.
    /// </summary>
    public async ValueTask WhenBacklogAtMostAsync(long limit, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            // The signal is taken before the count is read: the loop lowers the count, then completes
            // the signal it replaces, so a batch written in between still wakes this waiter.
            var written = Volatile.Read(ref _written);
            if (Queued <= limit || _completed)
            {
                return;
            }

            await written.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Completes when everything posted before the call is written.</summary>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (_completed)
        {
            return Task.CompletedTask;
        }

        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new Entry(default, barrier));
        return barrier.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _completed = true;
        Wake();
        await _loop;
        _written.TrySetResult();
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes one batch; throws to have it retried.</summary>
    protected abstract Task WriteAsync(IReadOnlyList<T> batch);

    private void Enqueue(Entry entry)
    {
        _queue.Enqueue(entry);
        Wake();
    }

    private void Wake()
    {
        if (Interlocked.Exchange(ref _wakePending, 1) == 0)
        {
            _wake.Release();
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<T>(_maxBatch);
        var barriers = new List<TaskCompletionSource>();
        while (true)
        {
            if (_queue.IsEmpty)
            {
                if (_completed)
                {
                    return;
                }

                await _wake.WaitAsync();
                // Cleared before the queue is read: a post after this point wakes the loop again.
                Volatile.Write(ref _wakePending, 0);
                continue;
            }

            while (batch.Count < _maxBatch && _queue.TryDequeue(out var entry))
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
            Interlocked.Exchange(ref _written, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
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
