namespace EcoTwin.Grains.Twins;

/// <summary>The device registry as a twin reads it.</summary>
public interface ITwinDevices
{
    /// <summary>The profile of device <paramref name="mn"/>, or null when no device is registered for it.</summary>
    Task<DeviceProfile?> FindAsync(string mn, CancellationToken cancellationToken);

    /// <summary>Every registered device: its MN and whether it feeds a station (true) or an outlet.</summary>
    Task<IReadOnlyList<(string Mn, bool IsStation)>> ListAsync(CancellationToken cancellationToken);
}
