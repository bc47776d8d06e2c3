using System.Collections.Immutable;
using System.Threading.Channels;
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
/// order on a loop of its own, so a slow grain never holds up the feed; batches that piled up are
/// merged, newest summary per twin.
/// </summary>
public sealed partial class RollupFeed : ITwinChangeListener, IAsyncDisposable
{
    private readonly IGrainFactory _grains;
    private readonly DistrictLocator _locator;
    private readonly ILogger _logger;
    private readonly Channel<ImmutableArray<TwinSummary>> _queue = Channel.CreateUnbounded<ImmutableArray<TwinSummary>>(new() { SingleReader = true });
    private readonly Task _loop;

    /// <summary>Starts delivering.</summary>
    public RollupFeed(IGrainFactory grains, DistrictLocator locator, ILogger<RollupFeed> logger)
    {
        _grains = grains;
        _locator = locator;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <inheritdoc />
    public Task OnChangesAsync(ImmutableArray<TwinSummary> changes)
    {
        _queue.Writer.TryWrite(changes);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            var newest = new Dictionary<string, TwinSummary>(StringComparer.Ordinal);
            while (_queue.Reader.TryRead(out var batch))
            {
                foreach (var summary in batch.Where(s => s.Kind is TwinKind.Station or TwinKind.Source))
                {
                    if (!newest.TryGetValue(summary.Id, out var held) || held.Version < summary.Version)
                    {
                        newest[summary.Id] = summary;
                    }
                }
            }

            try
            {
                await DeliverAsync([.. newest.Values]);
            }
            catch (Exception ex)
            {
                LogDeliveryFailed(_logger, newest.Count, ex.Message); // the next change of each twin brings its state again
            }
        }
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling up {Count} twin changes failed: {Reason}")]
    private static partial void LogDeliveryFailed(ILogger logger, int count, string reason);
}
