using System.Collections.Concurrent;
using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Changes;

/// <summary>
/// The live change feed of one silo: twins publish their summaries here; every
/// <see cref="FlushInterval"/> the newest summary of each twin that changed goes, in one batch, to the
/// change observer of every silo's web front (the GPSTracker pattern) and to the roll-ups. A twin
/// is pushed at most once per <see cref="MinTwinInterval"/>: its first change after a quiet spell goes
/// out at the next flush, a burst is held back and only its newest summary follows.
/// </summary>
public sealed partial class TwinChangeFeed : IAsyncDisposable
{
    /// <summary>How often changes are pushed.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>The shortest time between two pushes of the same twin.</summary>
    public static readonly TimeSpan MinTwinInterval = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan ObserverListAge = TimeSpan.FromSeconds(5);
    private readonly IGrainFactory _grains;
    private readonly ImmutableArray<ITwinChangeListener> _listeners;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly Dictionary<string, long> _lastPushed = new(StringComparer.Ordinal);
    private long _flushes;
    private ConcurrentDictionary<string, TwinSummary> _pending = new(StringComparer.Ordinal);
    private ImmutableArray<ITwinChangeObserver> _observers = [];
    private DateTime _observersReadAt = DateTime.MinValue;

    /// <summary>Starts pushing.</summary>
    public TwinChangeFeed(IGrainFactory grains, IEnumerable<ITwinChangeListener> listeners, ILogger<TwinChangeFeed> logger)
    {
        _grains = grains;
        _listeners = [.. listeners];
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a changed summary; a newer one of the same twin replaces it until the next push.</summary>
    public void Publish(TwinSummary summary) =>
        _pending.AddOrUpdate(summary.Id, summary, (_, queued) => queued.Version >= summary.Version ? queued : summary);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                if (_pending.IsEmpty)
                {
                    continue;
                }

                var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<string, TwinSummary>(StringComparer.Ordinal));
                var due = TakeDue(batch.Values);
                if (due.Length > 0)
                {
                    await PushAsync(due);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private ImmutableArray<TwinSummary> TakeDue(IEnumerable<TwinSummary> changed)
    {
        var now = Environment.TickCount64;
        var due = ImmutableArray.CreateBuilder<TwinSummary>();
        foreach (var summary in changed)
        {
            if (_lastPushed.TryGetValue(summary.Id, out var last) && now - last < MinTwinInterval.TotalMilliseconds)
            {
                Publish(summary); // too soon for this twin: wait for a later flush (a newer summary may replace it)
                continue;
            }

            _lastPushed[summary.Id] = now;
            due.Add(summary);
        }

        if (++_flushes % 20 == 0)
        {
            // Forget twins quiet for longer than the interval, about once a second.
            foreach (var quiet in _lastPushed.Where(pair => now - pair.Value >= MinTwinInterval.TotalMilliseconds).Select(pair => pair.Key).ToList())
            {
                _lastPushed.Remove(quiet);
            }
        }

        return due.ToImmutable();
    }

    private async Task PushAsync(ImmutableArray<TwinSummary> changes)
    {
        try
        {
            if (DateTime.UtcNow - _observersReadAt > ObserverListAge)
            {
                _observers = await _grains.GetGrain<IChangeObserverRegistryGrain>(0).GetObserversAsync();
                _observersReadAt = DateTime.UtcNow;
            }

            await Task.WhenAll(_observers.Select(observer => NotifyAsync(observer, changes))
                .Concat(_listeners.Select(listener => listener.OnChangesAsync(changes))));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPushFailed(_logger, changes.Length, ex.Message);
        }
    }

    private async Task NotifyAsync(ITwinChangeObserver observer, ImmutableArray<TwinSummary> changes)
    {
        try
        {
            await observer.OnChangesAsync(changes).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPushFailed(_logger, changes.Length, ex.Message); // that silo's browsers reload a snapshot when they reconnect
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing {Count} twin changes failed: {Reason}")]
    private static partial void LogPushFailed(ILogger logger, int count, string reason);
}
