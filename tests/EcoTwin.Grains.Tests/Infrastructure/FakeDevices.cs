using System.Collections.Concurrent;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>An in-memory device registry.</summary>
public sealed class FakeDevices : ITwinDevices
{
    private readonly ConcurrentDictionary<string, DeviceProfile> _devices = new();

    /// <summary>Registers a device uploading every <paramref name="interval"/>.</summary>
    public void Add(string mn, TimeSpan interval) => _devices[mn] = new DeviceProfile(interval, "Asia/Shanghai");

    /// <inheritdoc />
    public Task<DeviceProfile?> FindAsync(string mn, CancellationToken cancellationToken) =>
        Task.FromResult(_devices.TryGetValue(mn, out var device) ? device : null);
}
