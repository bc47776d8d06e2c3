using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Changes;

/// <summary>
/// The live change feed of one silo: twins publish their summaries here; every
/// <see cref="FlushInterval"/> the newest summary of each twin that changed goes, in one batch, to the
/// change observer of every silo's web front (the GPSTracker pattern) and to the roll-ups. Each twin
/// has a small bucket of pushes: <see cref="TwinBurst"/> at once, refilled one per
/// <see cref="MinTwinInterval"/>. A twin changing at a device's pace is pushed at the next flush every
/// time; a burst spends the bucket and is then held back, and only its newest summary follows.
/// </summary>
public sealed class TwinChangeFeed : ChangeFeed<TwinSummary>
{
    /// <summary>How often changes are pushed.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>The time in which a twin earns one more push (so at most four a second, kept up).</summary>
    public static readonly TimeSpan MinTwinInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>How many pushes of one twin may go out back to back.</summary>
    public const double TwinBurst = 2;

    private readonly ImmutableArray<ITwinChangeListener> _listeners;
    private readonly CachedObservers<ITwinChangeObserver> _observers;
    private readonly Dictionary<string, (double Pushes, long At)> _buckets = new(StringComparer.Ordinal);
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
            var pushes = Available(summary.Id, now);
            if (pushes < 1)
            {
                Publish(summary); // the twin spent its pushes: wait for a later flush (a newer summary may replace it)
                continue;
            }

            _buckets[summary.Id] = (pushes - 1, now);
            due.Add(summary);
        }

        if (++_flushes % 20 == 0)
        {
            // Forget twins whose bucket is full again, about once a second.
            foreach (var full in _buckets.Where(pair => Available(pair.Key, now) >= TwinBurst).Select(pair => pair.Key).ToList())
            {
                _buckets.Remove(full);
            }
        }

        return due.ToImmutable();
    }

    /// <summary>The pushes twin <paramref name="id"/> has at <paramref name="now"/> (a twin not tracked has a full bucket).</summary>
    private double Available(string id, long now) =>
        _buckets.TryGetValue(id, out var bucket)
            ? Math.Min(TwinBurst, bucket.Pushes + ((now - bucket.At) / MinTwinInterval.TotalMilliseconds))
            : TwinBurst;

    /// <inheritdoc />
    protected override async Task PushAsync(ImmutableArray<TwinSummary> changes)
    {
        var observers = await _observers.GetAsync();
        await Task.WhenAll(observers.Select(observer => NotifyAsync(observer.OnChangesAsync(changes), changes.Length))
            .Concat(_listeners.Select(listener => listener.OnChangesAsync(changes))));
    }
}
