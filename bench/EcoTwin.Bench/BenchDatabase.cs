using EcoTwin.Storage.Migrations;
using EcoTwin.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EcoTwin.Bench;

/// <summary>A private PostgreSQL for the benchmarks (the platform's managed instance), with fresh databases.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ManagedPostgres _server;

    private BenchDatabase(ManagedPostgres server) => _server = server;

    /// <summary>Starts the server in /tmp/ecotwin-bench.</summary>
    public static async Task<BenchDatabase> StartAsync() =>
        new(await ManagedPostgres.StartAsync(new ManagedPostgresOptions { DataFolder = Path.Combine(Path.GetTempPath(), "ecotwin-bench", "pg") }, NullLogger.Instance));

    /// <summary>A new migrated database; returns its connection string.</summary>
    public async Task<string> CreateAsync(string name)
    {
        var admin = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = "postgres" }.ConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = name, MaxPoolSize = 200 }.ConnectionString;
        await SchemaMigrator.ApplyAsync(database, NullLogger.Instance);
        return database;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _server.DisposeAsync();
    }
}
