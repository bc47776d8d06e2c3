using System.Diagnostics;
using EcoTwin.Contracts.Demo;
using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;
using EcoTwin.Domain.Demo;
using EcoTwin.Storage.Devices;

namespace EcoTwin.Silo.Demo;

/// <summary>
/// <c>--demo</c>: registers the whole demo city in-process when the silo has started, through the
/// twins and the device registry: districts, devices (before their twins activate, so each twin
/// knows its upload interval), enterprises, stations and outlets. Idempotent: a second start finds
/// every twin unchanged. Then starts the <see cref="IDemoDeviceRunner"/>s, the seam for the simulator.
/// </summary>
public sealed partial class DemoSeeder(
    IGrainFactory grains,
    DeviceStore devices,
    IEnumerable<IDemoDeviceRunner> runners,
    IHostApplicationLifetime lifetime,
    IConfiguration configuration,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    /// <summary>Who the enterprises' history names as the author of the demo data.</summary>
    public const string Author = "demo";

    private const int Parallelism = 32;
    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the city is seeded (faults when seeding failed).</summary>
    public Task Seeded => _seeded.Task;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var seed = configuration.GetValue(DemoHostingExtensions.SeedKey, DemoCity.DefaultSeed);
        var city = DemoCity.Generate(seed);
        int newDevices;
        try
        {
            newDevices = await SeedAsync(city, seed, stoppingToken);
            _seeded.TrySetResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
            _seeded.TrySetException(ex);
            return;
        }

        await Task.WhenAll(runners.Select(runner => runner.RunAsync(city, newDevices > 0, stoppingToken)));
    }

    private async Task<int> SeedAsync(DemoCity city, int seed, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var data = DemoMasterData.Of(city);
        var (districts, enterprises, stations, sources) = (new DemoSeedCounts(), new DemoSeedCounts(), new DemoSeedCounts(), new DemoSeedCounts());
        var newDevices = 0;
        await EachAsync(data.Districts, async (d, ct) => districts.Add(await grains.GetGrain<IDistrictGrain>(d.Code).RegisterAsync(d, ct)), cancellationToken);
        await EachAsync(data.Devices, async (d, ct) =>
        {
            if (await devices.UpsertAsync(new DeviceRecord(d.Mn, d.Kind, d.Mn, d.Password, TimeZone: DemoCity.TimeZoneId), ct))
            {
                Interlocked.Increment(ref newDevices);
            }
        }, cancellationToken);
        await EachAsync(data.Enterprises, async (e, ct) => enterprises.Add(await grains.GetGrain<IEnterpriseGrain>(e.Code).RegisterAsync(e, Author, ct)), cancellationToken);
        await EachAsync(data.Stations, async (s, ct) => stations.Add(await grains.GetGrain<IStationGrain>(s.Code).RegisterAsync(s, ct)), cancellationToken);
        await EachAsync(data.Sources, async (s, ct) => sources.Add(await grains.GetGrain<ISourceGrain>(s.Mn).RegisterAsync(s, ct)), cancellationToken);
        LogSeeded(logger, city.NameEn, seed, watch.Elapsed.TotalSeconds, districts, data.Devices.Length, newDevices, enterprises, stations, sources);
        return newDevices;
    }

    private static Task EachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> register, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (item, ct) => await register(item, ct));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo city {City} (seed {Seed}) seeded in {Seconds:0.0} s: districts {Districts}; devices {Devices} ({NewDevices} new); enterprises {Enterprises}; stations {Stations}; outlets {Sources}")]
    private static partial void LogSeeded(
        ILogger logger, string city, int seed, double seconds, DemoSeedCounts districts, int devices, int newDevices,
        DemoSeedCounts enterprises, DemoSeedCounts stations, DemoSeedCounts sources);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding the demo city failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
