using System.Collections.Immutable;
using System.Diagnostics;
using EcoTwin.Contracts.Devices;
using EcoTwin.Contracts.Stations;
using EcoTwin.Domain.Hj212;
using EcoTwin.Grains;
using EcoTwin.Grains.Twins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcoTwin.Bench;

/// <summary>
/// Station twins alone (memory storage, no database): activations per second, and managed bytes per
/// active station twin holding a day of hourly history of six air factors.
/// </summary>
public static class TwinsBench
{
    private const int InFlight = 2000;

    /// <summary>Activates <paramref name="count"/> station twins and gives each 24 hourly uploads.</summary>
    public static async Task<IReadOnlyList<BenchRow>> RunAsync(int count)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var nulls = new NullTwinServices();
        builder.Services.AddEcoTwinGrainServices();
        builder.Services.AddSingleton<ITwinRawLog>(nulls).AddSingleton<ITwinOutbox>(nulls).AddSingleton<ITwinDevices>(nulls);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddMemoryGrainStorage(GrainStorageNames.Twins).UseInMemoryReminderService());
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var day = HourlyDay();

        var before = ManagedBytes();
        var clock = Stopwatch.StartNew();
        await ForAllAsync(count, i => grains.GetGrain<IStationGrain>(Key(i)).EnsureActiveAsync());
        var activationRate = count / clock.Elapsed.TotalSeconds;
        clock.Restart();
        await ForAllAsync(count, i => grains.GetGrain<IStationGrain>(Key(i)).ApplyAsync(day, null));
        var applyRate = count * day.Length / clock.Elapsed.TotalSeconds;
        var perTwin = (ManagedBytes() - before) / (double)count;
        Console.Error.WriteLine($"  twins measured in {clock.Elapsed.TotalSeconds:0} s after activation; stopping the silo");
        // 100k twins deactivating one by one would take longer than the measurement: a short stop is enough for a bench.
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await host.StopAsync(quick.Token);
        return
        [
            new BenchRow("twins", "activations/s", activationRate, $"{count:N0} station twins, {Environment.ProcessorCount} cores"),
            new BenchRow("twins", "packets applied/s (in memory)", applyRate, "hourly uploads, 6 factors, batches of 24"),
            new BenchRow("twins", "bytes per active twin", perTwin, "managed heap, a day of hourly history, 6 factors"),
        ];
    }

    private static string Key(int i) => $"BENCHST{i:D9}";

    private static ImmutableArray<RawRecord> HourlyDay()
    {
        var start = new DateTime(2026, 11, 24, 0, 0, 0);
        return [.. Enumerable.Range(0, 24).Select(h =>
        {
            var items = BenchFrames.AirFactors.SelectMany(code => new[] { Hj212CpItem.Of(code, "Avg", 40 + h), Hj212CpItem.Of(code, "Flag", "N") });
            var packet = Hj212Uploads.Hourly(start.AddHours(h), "22", "123456", "BENCH", start.AddHours(h), items);
            return new RawRecord(h + 1, DateTimeOffset.UtcNow, Hj212Encoder.EncodeSegment(packet));
        })];
    }

    private static async Task ForAllAsync(int count, Func<int, Task> call)
    {
        using var gate = new SemaphoreSlim(InFlight);
        var tasks = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await gate.WaitAsync();
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    await call(index);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        await Task.WhenAll(tasks);
    }

    private static long ManagedBytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
