using EcoTwin.Contracts.Twins;

namespace EcoTwin.Silo.Twins;

/// <summary>Starts the twin watchdog when the silo starts, so twins of silent devices come back after a restart.</summary>
public sealed partial class WatchdogStartup(IGrainFactory grains, ILogger<WatchdogStartup> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var twins = await grains.GetGrain<ITwinWatchdogGrain>(0).StartAsync(stoppingToken);
                LogSwept(logger, twins);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Twin watchdog started; {Count} device twins active")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting the twin watchdog failed; retrying: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
