using System.Collections.Concurrent;
using EcoTwin.Storage.Devices;
using Npgsql;

namespace EcoTwin.Silo.Gateway;

/// <summary>
/// The gateway's view of the device registry: a cache over the devices table. A miss reads the
/// table (a device registered a moment ago on another silo is found); an unknown MN is remembered
/// briefly so garbage MNs do not hammer the database; entries refresh after a short age. While the
/// database cannot be read, a known device keeps its last entry, so its connection is served on
/// (not acknowledged until the raw log commits again) instead of failing.
/// </summary>
public sealed class DeviceDirectory(DeviceStore store, TimeProvider time)
{
    private static readonly TimeSpan KnownAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan UnknownAge = TimeSpan.FromSeconds(5);
    private const int MaxEntries = 200_000; // a flood of made-up MNs must not grow the cache without bound
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The device with id <paramref name="mn"/>, or null when it is not registered.</summary>
    /// <exception cref="NpgsqlException">The registry cannot be read and nothing is cached for <paramref name="mn"/>.</exception>
    public async ValueTask<DeviceRecord?> FindAsync(string mn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(mn, out var entry) && now - entry.ReadAt < (entry.Device is null ? UnknownAge : KnownAge))
        {
            return entry.Device;
        }

        DeviceRecord? device;
        try
        {
            device = await store.GetAsync(mn, cancellationToken);
        }
        catch (Exception ex) when (entry is not null && ex is NpgsqlException or TimeoutException)
        {
            return entry.Device;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[mn] = new Entry(device, now);
        return device;
    }

    /// <summary>Forgets what is cached for <paramref name="mn"/> (after a registration on this silo).</summary>
    public void Invalidate(string mn) => _entries.TryRemove(mn, out _);

    private sealed record Entry(DeviceRecord? Device, DateTimeOffset ReadAt);
}
