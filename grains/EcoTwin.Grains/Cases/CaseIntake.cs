using System.Collections.Immutable;
using System.Threading.Channels;
using EcoTwin.Contracts.Cases;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Cases;

/// <summary>
/// The per-silo alarm intake: one loop takes queued alarm events, groups them by twin (keeping each
/// twin's order) and hands them to that twin's <see cref="ICaseRouterGrain"/>, retrying a few times.
/// </summary>
public sealed partial class CaseIntake : ICaseIntake, IAsyncDisposable
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];
    private readonly Channel<(TwinAlarmEvent? Event, TaskCompletionSource? Barrier)> _queue =
        Channel.CreateUnbounded<(TwinAlarmEvent?, TaskCompletionSource?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IGrainFactory _grains;
    private readonly ILogger _logger;
    private readonly Task _loop;

    /// <summary>Starts the loop.</summary>
    public CaseIntake(IGrainFactory grains, ILogger<CaseIntake> logger)
    {
        _grains = grains;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <inheritdoc />
    public void Post(IReadOnlyList<TwinAlarmEvent> events)
    {
        foreach (var e in events)
        {
            _queue.Writer.TryWrite((e, null));
        }
    }

    /// <inheritdoc />
    public Task WhenRoutedAsync(CancellationToken cancellationToken = default)
    {
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite((null, barrier)) ? barrier.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<TwinAlarmEvent>();
        var barriers = new List<TaskCompletionSource>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < 1000 && _queue.Reader.TryRead(out var entry))
            {
                if (entry.Barrier is { } barrier)
                {
                    barriers.Add(barrier);
                }
                else
                {
                    batch.Add(entry.Event!);
                }
            }

            await Task.WhenAll(batch.GroupBy(e => $"{Name(e.Kind)}/{e.Key}").Select(twin => RouteAsync(twin.Key, [.. twin.Select(ToCaseAlarm)])));
            batch.Clear();
            barriers.ForEach(barrier => barrier.TrySetResult());
            barriers.Clear();
        }
    }

    private async Task RouteAsync(string twin, ImmutableArray<CaseAlarm> alarms)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await _grains.GetGrain<ICaseRouterGrain>(twin).RouteAsync(alarms);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (attempt >= Backoff.Length)
                {
                    LogGaveUp(_logger, twin, alarms.Length, ex.Message);
                    return;
                }

                LogRetry(_logger, twin, attempt + 1, ex.Message);
                await Task.Delay(Backoff[attempt]);
            }
        }
    }

    private static CaseAlarm ToCaseAlarm(TwinAlarmEvent e) =>
        new(e.Event.Id, Name(e.Kind), e.Key, e.DistrictCode, e.Event.Cause, e.Event.Raised, e.Event.RaisedAt, e.Event.At, e.Event.Detail);

    private static string Name(Contracts.Twins.TwinKind kind) => kind.ToString().ToLowerInvariant();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Routing alarms of {Twin} to cases failed (attempt {Attempt}); retrying: {Reason}")]
    private static partial void LogRetry(ILogger logger, string twin, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up routing {Count} alarm events of {Twin} to cases: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string twin, int count, string reason);
}
