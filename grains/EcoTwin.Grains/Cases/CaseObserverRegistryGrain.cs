using System.Collections.Immutable;
using EcoTwin.Contracts.Cases;

namespace EcoTwin.Grains.Cases;

/// <summary>The case observers of the silos' web fronts; an entry not renewed within <see cref="Expiry"/> is dropped.</summary>
public sealed class CaseObserverRegistryGrain(TimeProvider time) : Grain, ICaseObserverRegistryGrain
{
    /// <summary>How long an observer stays listed without being renewed.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, (ICaseObserver Observer, DateTimeOffset RenewedAt)> _observers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task RegisterAsync(string siloId, ICaseObserver observer, CancellationToken cancellationToken = default)
    {
        _observers[siloId] = (observer, time.GetUtcNow());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ImmutableArray<ICaseObserver>> GetObserversAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        foreach (var expired in _observers.Where(pair => now - pair.Value.RenewedAt > Expiry).Select(pair => pair.Key).ToList())
        {
            _observers.Remove(expired);
        }

        return Task.FromResult(_observers.Values.Select(entry => entry.Observer).ToImmutableArray());
    }
}
