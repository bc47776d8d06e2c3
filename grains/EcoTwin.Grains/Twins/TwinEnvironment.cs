using Microsoft.Extensions.Options;

namespace EcoTwin.Grains.Twins;

/// <summary>The services every device-fed twin uses, bundled so a twin's constructor stays short.</summary>
public sealed class TwinEnvironment(ITwinRawLog rawLog, ITwinOutbox outbox, ITwinDevices devices, IOptions<TwinOptions> options, TimeProvider time)
{
    /// <summary>The raw log, for replay and catching up.</summary>
    public ITwinRawLog RawLog { get; } = rawLog;

    /// <summary>Where readings, alarms and summaries go.</summary>
    public ITwinOutbox Outbox { get; } = outbox;

    /// <summary>The device registry.</summary>
    public ITwinDevices Devices { get; } = devices;

    /// <summary>Twin behaviour settings.</summary>
    public TwinOptions Options { get; } = options.Value;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;
}
