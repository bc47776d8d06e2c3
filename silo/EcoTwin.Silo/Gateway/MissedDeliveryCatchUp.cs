namespace EcoTwin.Silo.Gateway;

/// <summary>
/// Every <see cref="GatewayOptions.CatchUpInterval"/>, has the twins whose deliveries failed for good
/// read what they missed from the raw log, so a twin whose device fell silent meanwhile does not stay
/// behind until its next activation.
/// </summary>
public sealed class MissedDeliveryCatchUp(TwinDelivery delivery, GatewayOptions options, TimeProvider time) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CatchUpInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await delivery.CatchUpMissedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the silo is stopping
        }
    }
}
