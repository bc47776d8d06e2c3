namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// Every fault test shares the run's PostgreSQL and runs alone: they stop that server, kill silos
/// and measure memory and latency, which tests running beside them would disturb.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<FaultsDatabase>
{
    /// <summary>The collection name.</summary>
    public const string Name = "faults";
}
