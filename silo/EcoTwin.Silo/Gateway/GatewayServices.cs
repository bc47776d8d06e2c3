using EcoTwin.Domain.Hj212;
using EcoTwin.Storage.Quarantine;
using EcoTwin.Storage.RawLog;
using EcoTwin.Storage.Readings;

namespace EcoTwin.Silo.Gateway;

/// <summary>What every device connection shares: settings, the raw log, quarantine, registry, delivery, meters.</summary>
public sealed class GatewayServices(
    GatewayOptions options,
    RawLogWriter rawLog,
    QuarantineWriter quarantine,
    DeviceDirectory devices,
    TwinDelivery delivery,
    ReadingsWriter readings,
    GatewayMetrics metrics,
    TimeProvider time,
    ILoggerFactory loggers)
{
    /// <summary>The gateway settings.</summary>
    public GatewayOptions Options { get; } = options;

    /// <summary>The codec settings derived from them.</summary>
    public Hj212Options Codec { get; } = new() { MaxSegmentLength = options.MaxSegmentLength };

    /// <summary>The raw log writer.</summary>
    public RawLogWriter RawLog { get; } = rawLog;

    /// <summary>The quarantine writer.</summary>
    public QuarantineWriter Quarantine { get; } = quarantine;

    /// <summary>The device registry cache.</summary>
    public DeviceDirectory Devices { get; } = devices;

    /// <summary>Hands committed packets to their twins.</summary>
    public TwinDelivery Delivery { get; } = delivery;

    /// <summary>The twins' readings history, written behind: the gateway reads devices no faster than it is stored.</summary>
    public ReadingsWriter Readings { get; } = readings;

    /// <summary>The gateway's meters.</summary>
    public GatewayMetrics Metrics { get; } = metrics;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Loggers.</summary>
    public ILoggerFactory Loggers { get; } = loggers;
}
