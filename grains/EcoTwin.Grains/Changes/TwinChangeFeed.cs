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
public sealed class TwinChangeFeed : ChangeFeed<TwinSummary>
{
    /// <summary>How often changes are pushed.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>The shortest time between two pushes of the same twin.</summary>
    public static readonly TimeSpan MinTwinInterval = TimeSpan.FromMilliseconds(250);

    private readonly ImmutableArray<ITwinChangeListener> _listeners;
    private readonly CachedObservers<ITwinChangeObserver> _observers;
    private readonly Dictionary<string, long> _lastPushed = new(StringComparer.Ordinal);
    private long _flushes;

    /// <summary>Starts pushing.</summary>
    public TwinChangeFeed(IGrainFactory grains, IEnumerable<ITwinChangeListener> listeners, ILogger<TwinChangeFeed> logger)
        : base(FlushInterval, "twin", logger)
    {
        _listeners = [.. listeners];
        _observers = new(() => grains.GetGrain<IChangeObserverRegistryGrain>(0).GetObserversAsync());
        Start();
    }

    /// <inheritdoc />
    protected override string KeyOf(TwinSummary change) => change.Id;

    /// <inheritdoc />
    protected override long VersionOf(TwinSummary change) => change.Version;

    /// <inheritdoc />
    protected override ImmutableArray<TwinSummary> Due(ICollection<TwinSummary> changed)
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

    /// <inheritdoc />
    protected override async Task PushAsync(ImmutableArray<TwinSummary> changes)
    {
        var observers = await _observers.GetAsync();
        await Task.WhenAll(observers.Select(observer => NotifyAsync(observer.OnChangesAsync(changes), changes.Length))
            .Concat(_listeners.Select(listener => listener.OnChangesAsync(changes))));
    }
}
