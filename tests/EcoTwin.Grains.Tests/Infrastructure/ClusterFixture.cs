using EcoTwin.Grains.Changes;
using EcoTwin.Grains.Districts;
using EcoTwin.Grains.Twins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>
/// One in-process Orleans cluster with memory storage, a fake clock, and in-memory raw log, device
/// registry, districts table and outbox (which feeds the change feed and so the roll-ups), shared by
/// a collection.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The clock every silo of the cluster uses (2026-11-25 08:00 Beijing time).</summary>
    public static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));

    /// <summary>The raw log the twins replay from.</summary>
    public static readonly FakeRawLog RawLog = new();

    /// <summary>What the twins posted.</summary>
    public static readonly RecordingOutbox Outbox = new();

    /// <summary>The device registry.</summary>
    public static readonly FakeDevices Devices = new();

    /// <summary>What cases published.</summary>
    public static readonly RecordingCaseBoard CaseBoard = new();

    /// <summary>The districts table.</summary>
    public static readonly FakeDistrictBoundaries Districts = new();

    private readonly TestCluster _cluster = new TestClusterBuilder(1).AddSiloBuilderConfigurator<SiloConfigurator>().Build();

    /// <summary>The cluster's client.</summary>
    public IClusterClient Client => _cluster.Client;

    /// <inheritdoc />
    public Task InitializeAsync() => _cluster.DeployAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(GrainStorageNames.Twins);
            siloBuilder.UseInMemoryReminderService();
            siloBuilder.Services.AddEcoTwinGrainServices();
            siloBuilder.Services.AddSingleton<TimeProvider>(Time);
            siloBuilder.Services.AddSingleton<ITwinRawLog>(RawLog);
            siloBuilder.Services.AddSingleton<ITwinOutbox>(sp => new FeedingOutbox(Outbox, sp.GetRequiredService<TwinChangeFeed>()));
            siloBuilder.Services.AddSingleton<IDistrictBoundaries>(Districts);
            siloBuilder.Services.AddSingleton<ITwinDevices>(Devices);
            siloBuilder.Services.AddSingleton<EcoTwin.Grains.Cases.ICaseBoard>(CaseBoard);
        }
    }
}
