using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// The fault run's own PostgreSQL (the platform's managed-instance code, a folder of its own, so
/// stopping it disturbs no other test run), with a fresh database per test and a way to take the
/// server down and bring it back while silos use it.
/// </summary>
public sealed class FaultsDatabase : IAsyncLifetime
{
    private const string Prefix = "f_";
    private ManagedPostgres? _server;
    private PostgresControl? _control;

    /// <summary>The folder the server lives in.</summary>
    public string Folder { get; private set; } = Path.Combine(Path.GetTempPath(), "ecotwin-faults", "pg");

    /// <summary>Stops and starts the server.</summary>
    public PostgresControl Control => _control ?? throw new InvalidOperationException("The server is not started.");

    private ManagedPostgres Server => _server ?? throw new InvalidOperationException("The server is not started.");

    private string AdminConnectionString => new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = "postgres" }.ConnectionString;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // The simulator registers its devices through the API, signed in with ECOTWIN_API_KEY.
        Environment.SetEnvironmentVariable(EcoTwin.Client.ApiKey.EnvironmentVariable, TestSilo.AdminKey);
        try
        {
            _server = await ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = Folder }, NullLogger.Instance);
        }
        catch (ManagedPostgresException) when (Directory.Exists(Folder))
        {
            // Another fault run holds the shared folder: this run gets one of its own.
            Folder = Path.Combine(Path.GetTempPath(), "ecotwin-faults", $"pg-{Environment.ProcessId}");
            _server = await ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = Folder }, NullLogger.Instance);
        }

        _control = new PostgresControl(Folder, _server.Port);
        foreach (var name in await Sql.ColumnAsync(AdminConnectionString, $"SELECT datname FROM pg_database WHERE starts_with(datname, '{Prefix}')"))
        {
            await Sql.ExecuteAsync(AdminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = Prefix + Guid.NewGuid().ToString("N")[..16];
        await Sql.ExecuteAsync(AdminConnectionString, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = name }.ConnectionString;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            if (!await Control.IsRunningAsync())
            {
                await Control.StartAsync(); // a failed test may have left it stopped; ManagedPostgres stops it cleanly
            }

            await _server.DisposeAsync();
        }
    }
}
