using System.Collections.Immutable;
using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Geo;
using EcoTwin.Grains.Changes;
using EcoTwin.Grains.Districts;

namespace EcoTwin.Grains.Rollups;

/// <summary>
/// Feeds the roll-up twins from a silo's change feed: outlet summaries to their enterprise (the
/// summary's parent), station and outlet summaries to the district whose polygon contains them
/// (else the district they were registered with). Takes each batch without waiting and delivers in
/// order on a loop of its own (<see cref="SummaryDeliveryLoop"/>), so a slow grain never holds up the
/// feed and a failed delivery is tried again.
/// </summary>
public sealed class RollupFeed : ITwinChangeListener, IAsyncDisposable
{
    /// <summary>The pause before a failed delivery is tried again the first time (it doubles after each failure).</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly IGrainFactory _grains;
    private readonly DistrictLocator _locator;
    private readonly SummaryDeliveryLoop _loop;

    /// <summary>Starts delivering.</summary>
    public RollupFeed(IGrainFactory grains, DistrictLocator locator, ILogger<RollupFeed> logger)
    {
        _grains = grains;
        _locator = locator;
        _loop = new SummaryDeliveryLoop(DeliverAsync, RetryDelay, logger);
    }

    /// <inheritdoc />
    public Task OnChangesAsync(ImmutableArray<TwinSummary> changes)
    {
        _loop.Post([.. changes.Where(s => s.Kind is TwinKind.Station or TwinKind.Source)]);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _loop.DisposeAsync();

    private async Task DeliverAsync(IReadOnlyList<TwinSummary> changes)
    {
        var map = await _locator.GetMapAsync();
        var toEnterprises = changes.Where(s => s.Kind == TwinKind.Source && s.Parent is not null)
            .GroupBy(s => s.Parent!, StringComparer.Ordinal)
            .Select(g => _grains.GetGrain<IEnterpriseGrain>(g.Key).OnSourcesChangedAsync([.. g]));
        var toDistricts = changes
            .Select(s => (District: map.MembershipOf(s.Lon is { } lon && s.Lat is { } lat ? new LonLat(lon, lat) : null, s.DistrictCode), Summary: s))
            .Where(p => p.District is not null && DistrictInfoValidation.Code("districtCode", p.District) is null)
            .GroupBy(p => p.District!, StringComparer.Ordinal)
            .Select(g => _grains.GetGrain<IDistrictGrain>(g.Key).OnMembersChangedAsync([.. g.Select(p => p.Summary)]));
        await Task.WhenAll(toEnterprises.Concat(toDistricts));
    }
}
