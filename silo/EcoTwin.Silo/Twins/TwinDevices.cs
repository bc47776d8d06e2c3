using EcoTwin.Grains.Twins;
using EcoTwin.Storage.Devices;

namespace EcoTwin.Silo.Twins;

/// <summary>The device registry as twins read it, over <see cref="DeviceStore"/>.</summary>
public sealed class TwinDevices(DeviceStore store) : ITwinDevices
{
    /// <inheritdoc />
    public async Task<DeviceProfile?> FindAsync(string mn, CancellationToken cancellationToken) =>
        await store.GetAsync(mn, cancellationToken) is { } device
            ? new DeviceProfile(TimeSpan.FromSeconds(device.RealtimeInterval), device.TimeZone)
            : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string Mn, bool IsStation)>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken)).Select(device => (device.Mn, device.TwinKind == DeviceRecord.Station))];
}
