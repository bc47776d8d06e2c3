using Microsoft.Extensions.Logging;

namespace EcoTwin.Client.Simulation;

/// <content>The simulator's log messages.</content>
public sealed partial class DeviceSimulator
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Registering {Count} devices at {Api}")]
    internal static partial void LogRegistering(ILogger logger, int count, string api);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PUT /api/sources/{{mn}} answered {Status}: this silo has no source master data endpoint; outlets are registered as devices only")]
    internal static partial void LogSourcesEndpointMissing(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulating {Count} devices at {Rate} packets/s for {Duration} against {Gateways}")]
    internal static partial void LogStarting(ILogger logger, int count, double rate, TimeSpan duration, string gateways);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Device {Mn} could not connect to {Gateway}: {Reason}")]
    internal static partial void LogConnectFailed(ILogger logger, string mn, string gateway, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Device {Mn} lost its connection to {Gateway}; reconnecting to the next gateway")]
    internal static partial void LogConnectionLost(ILogger logger, string mn, string gateway);
}
