using System.Collections.Concurrent;
using System.Collections.Immutable;
using EcoTwin.Contracts.Cases;

namespace EcoTwin.Grains.Cases;

/// <summary>
/// The live case feed of one silo: case grains publish their summaries here; every
/// <see cref="FlushInterval"/> the newest summary of each changed case goes to the case observer of
/// every silo's web front (which sends it to the hub's <c>cases</c> groups).
/// </summary>
public sealed partial class CaseChangeFeed : IAsyncDisposable
{
    /// <summary>How often changes are pushed.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan ObserverListAge = TimeSpan.FromSeconds(5);
    private readonly IGrainFactory _grains;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private ConcurrentDictionary<string, CaseSummary> _pending = new(StringComparer.Ordinal);
    private ImmutableArray<ICaseObserver> _observers = [];
    private DateTime _observersReadAt = DateTime.MinValue;

    /// <summary>Starts pushing.</summary>
    public CaseChangeFeed(IGrainFactory grains, ILogger<CaseChangeFeed> logger)
    {
        _grains = grains;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a changed summary; a newer one of the same case replaces it until the next push.</summary>
    public void Publish(CaseSummary summary) =>
        _pending.AddOrUpdate(summary.Id, summary, (_, queued) => queued.Version >= summary.Version ? queued : summary);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                if (!_pending.IsEmpty)
                {
                    var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<string, CaseSummary>(StringComparer.Ordinal));
                    await PushAsync([.. batch.Values]);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private async Task PushAsync(ImmutableArray<CaseSummary> changes)
    {
        try
        {
            if (DateTime.UtcNow - _observersReadAt > ObserverListAge)
            {
                _observers = await _grains.GetGrain<ICaseObserverRegistryGrain>(0).GetObserversAsync();
                _observersReadAt = DateTime.UtcNow;
            }

            await Task.WhenAll(_observers.Select(async observer =>
            {
                try
                {
                    await observer.OnCasesAsync(changes).WaitAsync(TimeSpan.FromSeconds(5));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPushFailed(_logger, changes.Length, ex.Message);
                }
            }));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPushFailed(_logger, changes.Length, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing {Count} case changes failed: {Reason}")]
    private static partial void LogPushFailed(ILogger logger, int count, string reason);
}
