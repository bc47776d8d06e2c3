using EcoTwin.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL of the test run, started once with the platform's own managed-instance code in
/// a folder of its own, and stopped at the end. Each test takes a fresh database from it.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string TestDatabasePrefix = "t_";
    private ManagedPostgres? _server;

    /// <summary>The folder the run's server lives in (reused across runs: initdb happens once).</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "ecotwin-tests", "pg");

    /// <summary>A connection string to the server's maintenance database.</summary>
    public string AdminConnectionString =>
        new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = "postgres" }.ConnectionString;

    private ManagedPostgres Server => _server ?? throw new InvalidOperationException("The server is not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        ManagedPostgres server;
        try
        {
            server = await ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = Folder }, NullLogger.Instance);
        }
        catch (ManagedPostgresException) when (Directory.Exists(Folder))
        {
            // Another test run holds the shared folder: use a private one for this run.
            var own = Path.Combine(Path.GetTempPath(), "ecotwin-tests", $"pg-{Environment.ProcessId}");
            server = await ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = own }, NullLogger.Instance);
        }

        _server = server;
        await DropLeftoverDatabasesAsync();
    }

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = TestDatabasePrefix + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = name }.ConnectionString;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await _server.DisposeAsync();
        }
    }

    private async Task DropLeftoverDatabasesAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE starts_with(datname, '{TestDatabasePrefix}')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
