namespace EcoTwin.Storage.Postgres;

/// <summary>
/// Settings of the private PostgreSQL instance a silo starts when no connection string is configured
/// (configuration section <c>EcoTwin:Database</c>).
/// </summary>
public sealed class ManagedPostgresOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "EcoTwin:Database";

    /// <summary>The default data folder, relative to the working directory.</summary>
    public const string DefaultDataFolder = ".ecotwin/pg";

    /// <summary>The folder that holds the cluster files, the password and the lock. Created on first start.</summary>
    public string DataFolder { get; set; } = DefaultDataFolder;

    /// <summary>The folder with initdb and pg_ctl; empty means search PATH and /usr/lib/postgresql/*/bin.</summary>
    public string? BinFolder { get; set; }

    /// <summary>The loopback port to listen on; 0 picks a free one at each start.</summary>
    public int Port { get; set; }

    /// <summary>The database the platform uses inside the instance.</summary>
    public string Database { get; set; } = "ecotwin";
}
