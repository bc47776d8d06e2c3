using EcoTwin.Contracts.Twins;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcoTwin.Web.Live;

/// <summary>Registers this silo's <see cref="HubChangeObserver"/> with the cluster and renews it while the silo lives.</summary>
public sealed partial class ChangeObserverRegistration(IGrainFactory grains, HubChangeObserver observer, ILogger<ChangeObserverRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);
    private readonly string _siloId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reference = grains.CreateObjectReference<ITwinChangeObserver>(observer);
        var registry = grains.GetGrain<IChangeObserverRegistryGrain>(0);
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = Renewal;
            try
            {
                await registry.RegisterAsync(_siloId, reference, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRegistrationFailed(logger, ex.Message);
                pause = RetryPause;
            }

            await Task.Delay(pause, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering this silo's live-change observer failed; retrying: {Reason}")]
    private static partial void LogRegistrationFailed(ILogger logger, string reason);
}
