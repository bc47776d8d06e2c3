using EcoTwin.Storage.Postgres;

namespace EcoTwin.Silo.Database;

/// <summary>The database a silo runs on; disposing it stops the managed server, if this silo started one.</summary>
public sealed class EcoTwinDatabase(string connectionString, ManagedPostgres? managed) : IAsyncDisposable
{
    /// <summary>The connection string the silo uses.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>Whether this silo started the server itself.</summary>
    public bool IsManaged => managed is not null;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => managed?.DisposeAsync() ?? ValueTask.CompletedTask;
}
