namespace EcoTwin.Contracts.Twins;

/// <summary>
/// Keeps every device-fed twin active (key 0), so a twin notices its device going silent even after
/// a restart or after its silo died: a durable reminder sweeps the device registry now and then.
/// </summary>
public interface ITwinWatchdogGrain : IGrainWithIntegerKey
{
    /// <summary>Starts the reminder (idempotent) and sweeps once now; returns how many twins it touched.</summary>
    Task<int> StartAsync(CancellationToken cancellationToken = default);
}
