using System.Collections.Immutable;

namespace EcoTwin.Contracts.Devices;

/// <summary>A twin fed by an HJ 212 device (a station or a discharge outlet); keyed by the device's MN.</summary>
public interface IDeviceTwinGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies packets already committed to the raw log, in sequence order. Applying a packet twice
    /// changes nothing. <paramref name="previousSeq"/> is the sequence number of the packet the
    /// sender handed this twin before these (null when the sender does not know, e.g. on a new
    /// connection); when it is not the last one the twin applied, the twin reads what it missed
    /// from the raw log first.
    /// </summary>
    Task ApplyAsync(ImmutableArray<RawRecord> records, long? previousSeq, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads and applies whatever the raw log holds after the last packet the twin applied (for a
    /// sender whose deliveries failed: the packets are stored, the twin had not seen them).
    /// </summary>
    Task CatchUpAsync(CancellationToken cancellationToken = default);

    /// <summary>Keeps the twin active so it notices its device going silent (called by the watchdog).</summary>
    Task EnsureActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>The live view: summary, factors, AQI, open alarms.</summary>
    Task<Twins.DeviceTwinView> GetViewAsync(CancellationToken cancellationToken = default);
}
