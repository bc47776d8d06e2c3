namespace EcoTwin.Grains.Twins;

/// <summary>Log messages of device-fed twins.</summary>
public abstract partial class DeviceTwinGrain<TState>
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Twin {Key} could not read raw-log packet {Seq}; skipped: {Error}")]
    private static partial void LogUnreadable(ILogger logger, string key, long seq, string? error);
}
