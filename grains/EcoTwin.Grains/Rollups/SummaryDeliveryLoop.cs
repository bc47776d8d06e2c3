using System.Collections.Immutable;
using System.Threading.Channels;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Rollups;

/// <summary>
/// Delivers twin summaries in order on a loop of its own: <see cref="Post"/> never waits, batches that
/// piled up while a delivery ran are merged (the newest summary per twin), and a batch whose delivery
/// failed is merged into the next one and tried again after a pause (doubling up to
/// <see cref="MaxRetryDelay"/>), so the last state of a twin that never changes again is not lost.
/// </summary>
public sealed partial class SummaryDeliveryLoop : IAsyncDisposable
{
    /// <summary>The longest pause between tries of a failing delivery.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly Func<IReadOnlyList<TwinSummary>, Task> _deliver;
    private readonly TimeSpan _firstRetryDelay;
    private readonly ILogger _logger;
    private readonly Channel<ImmutableArray<TwinSummary>> _queue = Channel.CreateUnbounded<ImmutableArray<TwinSummary>>(new() { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    /// <summary>Starts the loop; <paramref name="deliver"/> gets the merged batches, one at a time.</summary>
    public SummaryDeliveryLoop(Func<IReadOnlyList<TwinSummary>, Task> deliver, TimeSpan firstRetryDelay, ILogger logger)
    {
        _deliver = deliver;
        _firstRetryDelay = firstRetryDelay;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a batch for delivery.</summary>
    public void Post(ImmutableArray<TwinSummary> batch)
    {
        if (!batch.IsDefaultOrEmpty)
        {
            _queue.Writer.TryWrite(batch);
        }
    }

    /// <summary>Delivers what is queued (a failed delivery is not tried again) and stops; a second call only waits.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_queue.Writer.TryComplete())
        {
            await _loop;
            return;
        }

        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var failed = new Dictionary<string, TwinSummary>(StringComparer.Ordinal);
        var retryDelay = _firstRetryDelay;
        while (await _queue.Reader.WaitToReadAsync())
        {
            var newest = failed;
            failed = new Dictionary<string, TwinSummary>(StringComparer.Ordinal);
            while (_queue.Reader.TryRead(out var batch))
            {
                foreach (var summary in batch)
                {
                    if (!newest.TryGetValue(summary.Id, out var held) || held.Version < summary.Version)
                    {
                        newest[summary.Id] = summary;
                    }
                }
            }

            if (newest.Count == 0)
            {
                continue;
            }

            try
            {
                await _deliver([.. newest.Values]);
                retryDelay = _firstRetryDelay;
            }
            catch (Exception ex)
            {
                LogDeliveryFailed(_logger, newest.Count, retryDelay.TotalSeconds, ex.Message);
                failed = newest;
                if (!await PauseAsync(retryDelay))
                {
                    return; // stopping
                }

                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
                _queue.Writer.TryWrite([]); // wake the loop for the retry even when nothing new came
            }
        }
    }

    private async Task<bool> PauseAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _stopping.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling up {Count} twin changes failed; trying again in {Seconds} s with any newer ones: {Reason}")]
    private static partial void LogDeliveryFailed(ILogger logger, int count, double seconds, string reason);
}
