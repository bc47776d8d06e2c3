using System.Collections.Immutable;

namespace EcoTwin.Grains.Changes;

/// <summary>The observers of the silos' web fronts, one per silo; an entry not renewed within <see cref="Expiry"/> is dropped.</summary>
/// <typeparam name="TObserver">The observer interface.</typeparam>
public abstract class ObserverRegistryGrain<TObserver>(TimeProvider time) : Grain
    where TObserver : IGrainObserver
{
    /// <summary>How long an observer stays listed without being renewed.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, (TObserver Observer, DateTimeOffset RenewedAt)> _observers = new(StringComparer.Ordinal);

    /// <summary>Lists (or renews) the observer of <paramref name="siloId"/>.</summary>
    public Task RegisterAsync(string siloId, TObserver observer, CancellationToken cancellationToken = default)
    {
        _observers[siloId] = (observer, time.GetUtcNow());
        return Task.CompletedTask;
    }

    /// <summary>The observers renewed within <see cref="Expiry"/>.</summary>
    public Task<ImmutableArray<TObserver>> GetObserversAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        foreach (var expired in _observers.Where(pair => now - pair.Value.RenewedAt > Expiry).Select(pair => pair.Key).ToList())
        {
            _observers.Remove(expired);
        }

        return Task.FromResult(_observers.Values.Select(entry => entry.Observer).ToImmutableArray());
    }
}
