using EcoTwin.Storage.Migrations;
using EcoTwin.Storage.Postgres;
using Npgsql;

namespace EcoTwin.Silo.Database;

/// <summary>
/// Finds the database before the silo starts: the configured server (<c>ConnectionStrings:EcoTwin</c>),
/// or else a private PostgreSQL started from this machine's programs. Applies the schema scripts either way.
/// </summary>
public static class DatabaseStartup
{
    /// <summary>The name of the connection string in configuration.</summary>
    public const string ConnectionStringName = "EcoTwin";

    /// <summary>
    /// Resolves the database, migrates it and registers an <see cref="NpgsqlDataSource"/>. Dispose the
    /// result after the host has stopped: it stops the managed server, if one was started.
    /// </summary>
    public static async Task<EcoTwinDatabase> AddEcoTwinDatabaseAsync(this WebApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        using var loggers = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddSimpleConsole());
        var logger = loggers.CreateLogger("EcoTwin.Database");
        ManagedPostgres? managed = null;
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var options = builder.Configuration.GetSection(ManagedPostgresOptions.SectionName).Get<ManagedPostgresOptions>() ?? new ManagedPostgresOptions();
            managed = await ManagedPostgres.StartAsync(options, logger, cancellationToken);
            connectionString = managed.ConnectionString;
            builder.Configuration[$"ConnectionStrings:{ConnectionStringName}"] = connectionString;
        }

        try
        {
            await SchemaMigrator.ApplyAsync(connectionString, logger, cancellationToken);
        }
        catch
        {
            if (managed is not null)
            {
                await managed.DisposeAsync();
            }

            throw;
        }

        var dataSource = NpgsqlDataSource.Create(connectionString);
        builder.Services.AddSingleton(_ => dataSource); // made by a factory, so the host disposes the pool when it stops
        return new EcoTwinDatabase(connectionString, managed);
    }
}
