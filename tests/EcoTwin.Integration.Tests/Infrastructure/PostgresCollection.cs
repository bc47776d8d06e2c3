namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>Every integration test shares the run's one PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection name.</summary>
    public const string Name = "postgres";
}
