using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>One in-process Orleans cluster with memory storage and a fake clock, shared by a collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The clock every silo of the cluster uses.</summary>
    public static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));

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
            siloBuilder.Services.AddSingleton<TimeProvider>(Time);
        }
    }
}
