using System.Collections.Immutable;
using EcoTwin.Contracts.Cases;
using EcoTwin.Grains.Changes;

namespace EcoTwin.Grains.Cases;

/// <summary>
/// The live case feed of one silo: case grains publish their summaries here; every
/// <see cref="FlushInterval"/> the newest summary of each changed case goes to the case observer of
/// every silo's web front (which sends it to the hub's <c>cases</c> groups).
/// </summary>
public sealed class CaseChangeFeed : ChangeFeed<CaseSummary>
{
    /// <summary>How often changes are pushed.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(250);

    private readonly CachedObservers<ICaseObserver> _observers;

    /// <summary>Starts pushing.</summary>
    public CaseChangeFeed(IGrainFactory grains, ILogger<CaseChangeFeed> logger)
        : base(FlushInterval, "case", logger)
    {
        _observers = new(() => grains.GetGrain<ICaseObserverRegistryGrain>(0).GetObserversAsync());
        Start();
    }

    /// <inheritdoc />
    protected override string KeyOf(CaseSummary change) => change.Id;

    /// <inheritdoc />
    protected override long VersionOf(CaseSummary change) => change.Version;

    /// <inheritdoc />
    protected override async Task PushAsync(ImmutableArray<CaseSummary> changes)
    {
        var observers = await _observers.GetAsync();
        await Task.WhenAll(observers.Select(observer => NotifyAsync(observer.OnCasesAsync(changes), changes.Length)));
    }
}
