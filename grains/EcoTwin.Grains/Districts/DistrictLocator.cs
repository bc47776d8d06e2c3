using EcoTwin.Domain.Geo;

namespace EcoTwin.Grains.Districts;

/// <summary>
/// Each silo's knowledge of every district's polygon, answering which district contains a point.
/// Loaded from <see cref="IDistrictBoundaries"/> and reloaded when older than
/// <see cref="RefreshInterval"/> (another silo may have changed a boundary) or when this silo's
/// district twin changed one.
/// </summary>
public sealed partial class DistrictLocator(IDistrictBoundaries boundaries, TimeProvider time, ILogger<DistrictLocator> logger)
{
    /// <summary>How long a loaded map is trusted.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private DistrictMap _map = DistrictMap.Empty;
    private DateTimeOffset? _loadedAt;

    /// <summary>The current map, reloaded first when it is stale.</summary>
    public async ValueTask<DistrictMap> GetMapAsync(CancellationToken cancellationToken = default)
    {
        if (!IsStale)
        {
            return _map;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (IsStale)
            {
                await LoadAsync(cancellationToken);
            }
        }
        finally
        {
            _loading.Release();
        }

        return _map;
    }

    /// <summary>Makes the next <see cref="GetMapAsync"/> reload (a boundary changed).</summary>
    public void Invalidate() => _loadedAt = null;

    private bool IsStale => _loadedAt is not { } at || time.GetUtcNow() - at >= RefreshInterval;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var districts = new List<KeyValuePair<string, Boundary>>();
            foreach (var district in await boundaries.ListAsync(cancellationToken))
            {
                if (Boundary.TryParse(district.Boundary, out var boundary, out var error))
                {
                    districts.Add(KeyValuePair.Create(district.Code, boundary!));
                }
                else
                {
                    LogBadBoundary(logger, district.Code, error);
                }
            }

            _map = new DistrictMap(districts);
            _loadedAt = time.GetUtcNow();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(logger, ex.Message); // keep the map we have; try again next time
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "District {Code} has an unreadable boundary; it is left off the map: {Error}")]
    private static partial void LogBadBoundary(ILogger logger, string code, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the district boundaries failed; the previous map stays in use: {Reason}")]
    private static partial void LogLoadFailed(ILogger logger, string reason);
}
