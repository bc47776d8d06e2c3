using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace EcoTwin.Grains.Changes;

/// <summary>
/// A silo's push loop for changes that only matter in their newest version (twin summaries, case
/// summaries): <see cref="Publish"/> keeps the newest per key, and every flush interval what is due
/// goes in one batch to <see cref="PushAsync"/>; each receiver gets <see cref="NotifyAsync"/>'s timeout
/// and its failure is logged, never thrown. A derived class calls <see cref="Start"/> when constructed.
/// </summary>
/// <typeparam name="T">The change.</typeparam>
public abstract partial class ChangeFeed<T> : IAsyncDisposable
    where T : class
{
    private static readonly TimeSpan ReceiverTimeout = TimeSpan.FromSeconds(5);
    private readonly TimeSpan _flushInterval;
    private readonly string _what;
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private ConcurrentDictionary<string, T> _pending = new(StringComparer.Ordinal);

    /// <summary>A feed flushing every <paramref name="flushInterval"/>; <paramref name="what"/> names its changes in logs.</summary>
    protected ChangeFeed(TimeSpan flushInterval, string what, ILogger logger)
    {
        _flushInterval = flushInterval;
        _what = what;
        Logger = logger;
    }

    /// <summary>The feed's logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>Queues a change; a newer one with the same key replaces it until the next push.</summary>
    public void Publish(T change)
    {
        var key = KeyOf(change);
        while (true)
        {
            var pending = Volatile.Read(ref _pending);
            pending.AddOrUpdate(key, change, (_, queued) => VersionOf(queued) >= VersionOf(change) ? queued : change);
            if (ReferenceEquals(pending, Volatile.Read(ref _pending)))
            {
                return; // taken before the next flush swaps the queue, so that flush pushes it
            }

            // A flush swapped the queue while this change went in, and may have read it before: queue it
            // again in the new one (a change pushed twice is harmless, its version orders it).
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the push loop.</summary>
    protected void Start() => _loop = Task.Run(RunAsync);

    /// <summary>The key whose newest change is kept.</summary>
    protected abstract string KeyOf(T change);

    /// <summary>The version that orders the changes of one key.</summary>
    protected abstract long VersionOf(T change);

    /// <summary>Of the changes taken at a flush, those to push now; the rest may be <see cref="Publish"/>ed again for later.</summary>
    protected virtual ImmutableArray<T> Due(ICollection<T> changed) => [.. changed];

    /// <summary>Sends one batch to every receiver (each through <see cref="NotifyAsync"/>).</summary>
    protected abstract Task PushAsync(ImmutableArray<T> changes);

    /// <summary>Awaits one receiver's notification with a timeout; a failure is logged (that silo's clients reload a snapshot when they reconnect).</summary>
    protected async Task NotifyAsync(Task notification, int count)
    {
        try
        {
            await notification.WaitAsync(ReceiverTimeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPushFailed(Logger, count, _what, ex.Message);
        }
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(_flushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                if (_pending.IsEmpty)
                {
                    continue;
                }

                var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<string, T>(StringComparer.Ordinal));
                var due = Due(batch.Values);
                if (due.Length > 0)
                {
                    await NotifyAsync(PushAsync(due), due.Length);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing {Count} {What} changes failed: {Reason}")]
    private static partial void LogPushFailed(ILogger logger, int count, string what, string reason);
}
