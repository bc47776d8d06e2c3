using EcoTwin.Contracts.Devices;
using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Bench;

/// <summary>Twin services that keep nothing: the twins benchmark measures the twins alone.</summary>
public sealed class NullTwinServices : ITwinRawLog, ITwinOutbox, ITwinDevices
{
    /// <inheritdoc />
    public Task<IReadOnlyList<RawRecord>> ReadAsync(string mn, long afterSeq, long? beforeSeq, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RawRecord>>([]);

    /// <inheritdoc />
    public void PostReadings(IReadOnlyList<ReadingRow> rows)
    {
    }

    /// <inheritdoc />
    public void PostAlarms(IReadOnlyList<TwinAlarmEvent> events)
    {
    }

    /// <inheritdoc />
    public void PostSummary(TwinSummary summary)
    {
    }

    /// <inheritdoc />
    public Task WhenWrittenAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<DeviceProfile?> FindAsync(string mn, CancellationToken cancellationToken) =>
        Task.FromResult<DeviceProfile?>(new DeviceProfile(TimeSpan.FromSeconds(30), "Asia/Shanghai"));

    /// <inheritdoc />
    public Task<IReadOnlyList<(string Mn, bool IsStation)>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(string, bool)>>([]);
}
