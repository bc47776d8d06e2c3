using EcoTwin.Contracts.Cases;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcoTwin.Web.Cases;

/// <summary>Registers this silo's <see cref="HubCaseObserver"/> with the cluster and renews it while the silo lives.</summary>
public sealed partial class CaseObserverRegistration(IGrainFactory grains, HubCaseObserver observer, ILogger<CaseObserverRegistration> logger) : BackgroundService
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
    private readonly string _siloId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reference = grains.CreateObjectReference<ICaseObserver>(observer);
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = Renewal;
            try
            {
                await grains.GetGrain<ICaseObserverRegistryGrain>(0).RegisterAsync(_siloId, reference, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.Message);
                pause = TimeSpan.FromSeconds(1);
            }

            await Task.Delay(pause, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering this silo's case observer failed; retrying: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
