using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Changes;

/// <summary>The change observers of the silos' web fronts; an entry not renewed within <see cref="Expiry"/> is dropped.</summary>
public sealed class ChangeObserverRegistryGrain(TimeProvider time) : Grain, IChangeObserverRegistryGrain
{
    /// <summary>How long an observer stays listed without being renewed.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, (ITwinChangeObserver Observer, DateTimeOffset RenewedAt)> _observers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task RegisterAsync(string siloId, ITwinChangeObserver observer, CancellationToken cancellationToken = default)
    {
        _observers[siloId] = (observer, time.GetUtcNow());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ImmutableArray<ITwinChangeObserver>> GetObserversAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        foreach (var expired in _observers.Where(pair => now - pair.Value.RenewedAt > Expiry).Select(pair => pair.Key).ToList())
        {
            _observers.Remove(expired);
        }

        return Task.FromResult(_observers.Values.Select(entry => entry.Observer).ToImmutableArray());
    }
}
