using System.Collections.Immutable;

namespace EcoTwin.Contracts.Twins;

/// <summary>
/// The list of change observers, one per silo's web front (key 0). Entries expire unless renewed,
/// so the observer of a silo that died drops out by itself.
/// </summary>
public interface IChangeObserverRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or renews the observer of <paramref name="siloId"/>.</summary>
    Task RegisterAsync(string siloId, ITwinChangeObserver observer, CancellationToken cancellationToken = default);

    /// <summary>The live observers.</summary>
    Task<ImmutableArray<ITwinChangeObserver>> GetObserversAsync(CancellationToken cancellationToken = default);
}
