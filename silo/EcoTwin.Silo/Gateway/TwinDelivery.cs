using System.Collections.Concurrent;
using System.Collections.Immutable;
using EcoTwin.Contracts.Devices;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;
using EcoTwin.Storage.Devices;

namespace EcoTwin.Silo.Gateway;

/// <summary>Hands committed packets to the twin a device feeds.</summary>
public sealed partial class TwinDelivery(IGrainFactory grains, GatewayMetrics metrics, ILogger<TwinDelivery> logger)
{
    /// <summary>Devices whose twin missed a delivery for good, by MN: <see cref="CatchUpMissedAsync"/> tries them again.</summary>
    private readonly ConcurrentDictionary<string, DeviceRecord> _missed = new(StringComparer.Ordinal);

    /// <summary>Waits before the second, third and fourth attempt (applying twice changes nothing).</summary>
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    /// <summary>
    /// Delivers <paramref name="records"/> (in sequence order) to <paramref name="device"/>'s twin,
    /// trying again a few times (a twin activating elsewhere, a database hiccup). A last failure is
    /// logged and counted, not thrown: the records are in the raw log, and the twin reads them from
    /// there when the next delivery shows it a gap, when it activates, or when
    /// <see cref="CatchUpMissedAsync"/> next runs (for a device that falls silent meanwhile).
    /// </summary>
    public async Task DeliverAsync(DeviceRecord device, ImmutableArray<RawRecord> records, long? previousSeq)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await TwinOf(device).ApplyAsync(records, previousSeq);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < RetryDelays.Length)
            {
                LogDeliveryRetry(logger, records.Length, device.TwinKind, device.TwinKey, attempt + 1, ex.Message);
                await Task.Delay(RetryDelays[attempt]);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                metrics.DeliveryFailed(records.Length);
                LogDeliveryFailed(logger, records.Length, device.TwinKind, device.TwinKey, ex.Message);
                _missed[device.Mn] = device;
                return;
            }
        }
    }

    /// <summary>Has each twin that missed a delivery read the raw log; those that fail again stay for the next time.</summary>
    public async Task CatchUpMissedAsync(CancellationToken cancellationToken)
    {
        foreach (var (mn, device) in _missed)
        {
            try
            {
                await TwinOf(device).CatchUpAsync(cancellationToken);
                _missed.TryRemove(new KeyValuePair<string, DeviceRecord>(mn, device));
                LogCaughtUp(logger, device.TwinKind, device.TwinKey);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCatchUpFailed(logger, device.TwinKind, device.TwinKey, ex.Message);
            }
        }
    }

    private IDeviceTwinGrain TwinOf(DeviceRecord device) => device.TwinKind == DeviceRecord.Source
        ? grains.GetGrain<ISourceGrain>(device.TwinKey)
        : grains.GetGrain<IStationGrain>(device.TwinKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery of {Count} packets to {Kind} twin {Key} failed (attempt {Attempt}); trying again: {Reason}")]
    private static partial void LogDeliveryRetry(ILogger logger, int count, string kind, string key, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {Count} packets to {Kind} twin {Key} failed; it will catch up from the raw log: {Reason}")]
    private static partial void LogDeliveryFailed(ILogger logger, int count, string kind, string key, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} twin {Key} caught up from the raw log after a failed delivery")]
    private static partial void LogCaughtUp(ILogger logger, string kind, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} twin {Key} could not catch up yet; trying again later: {Reason}")]
    private static partial void LogCatchUpFailed(ILogger logger, string kind, string key, string reason);
}
