using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Twins;

/// <summary>Sweeps the device registry on a durable reminder and pings every twin so it stays active.</summary>
public sealed class TwinWatchdogGrain(ITwinDevices devices) : Grain, ITwinWatchdogGrain, IRemindable
{
    /// <summary>How often the registry is swept.</summary>
    public static readonly TimeSpan SweepPeriod = TimeSpan.FromMinutes(2);

    private const string ReminderName = "sweep";
    private const int Parallel = 500;

    /// <inheritdoc />
    public async Task<int> StartAsync(CancellationToken cancellationToken = default)
    {
        await this.RegisterOrUpdateReminder(ReminderName, SweepPeriod, SweepPeriod);
        return await SweepAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => SweepAsync(CancellationToken.None);

    private async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var all = await devices.ListAsync(cancellationToken);
        foreach (var chunk in all.Chunk(Parallel))
        {
            await Task.WhenAll(chunk.Select(device => device.IsStation
                ? GrainFactory.GetGrain<IStationGrain>(device.Mn).EnsureActiveAsync(cancellationToken)
                : GrainFactory.GetGrain<ISourceGrain>(device.Mn).EnsureActiveAsync(cancellationToken)));
        }

        return all.Count;
    }
}
