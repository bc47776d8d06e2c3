using System.Collections.Immutable;

namespace EcoTwin.Contracts.Cases;

/// <summary>The case observers of the silos' web fronts (key 0); entries expire unless renewed.</summary>
public interface ICaseObserverRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or renews the observer of <paramref name="siloId"/>.</summary>
    Task RegisterAsync(string siloId, ICaseObserver observer, CancellationToken cancellationToken = default);

    /// <summary>The live observers.</summary>
    Task<ImmutableArray<ICaseObserver>> GetObserversAsync(CancellationToken cancellationToken = default);
}
