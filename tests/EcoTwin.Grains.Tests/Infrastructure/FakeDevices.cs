using System.Collections.Concurrent;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>An in-memory device registry.</summary>
public sealed class FakeDevices : ITwinDevices
{
    private readonly ConcurrentDictionary<string, (DeviceProfile Profile, bool IsStation)> _devices = new();

    /// <summary>Registers a device uploading every <paramref name="interval"/>.</summary>
    public void Add(string mn, TimeSpan interval, bool isStation = true) => _devices[mn] = (new DeviceProfile(interval, "Asia/Shanghai"), isStation);

    /// <inheritdoc />
    public Task<DeviceProfile?> FindAsync(string mn, CancellationToken cancellationToken) =>
        Task.FromResult(_devices.TryGetValue(mn, out var device) ? device.Profile : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<(string Mn, bool IsStation)>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(string, bool)>>([.. _devices.Select(pair => (pair.Key, pair.Value.IsStation))]);
}
