using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EcoTwin.Storage.Migrations;

/// <summary>
/// Applies the versioned scripts of deploy/sql (embedded in this assembly) in name order, each once,
/// each in its own transaction, recording them in <c>ecotwin_schema_migrations</c>. Silos starting
/// together serialise on an advisory lock, so each script runs exactly once per database.
/// </summary>
public static partial class SchemaMigrator
{
    private const long AdvisoryLockKey = 0x45636F5477696E; // "EcoTwin"
    private const string ResourcePrefix = "sql/";

    /// <summary>The scripts this build carries, in the order they are applied.</summary>
    public static IReadOnlyList<MigrationScript> Scripts { get; } = LoadScripts();

    /// <summary>Applies every script not yet recorded; returns the ids of those it applied.</summary>
    /// <exception cref="InvalidOperationException">A recorded script was changed after it was applied.</exception>
    public static async Task<IReadOnlyList<string>> ApplyAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, """
                CREATE TABLE IF NOT EXISTS ecotwin_schema_migrations (
                    id         text PRIMARY KEY,
                    checksum   text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            var done = new List<string>();
            foreach (var script in Scripts)
            {
                if (applied.TryGetValue(script.Id, out var checksum))
                {
                    if (checksum != script.Checksum)
                    {
                        throw new InvalidOperationException(
                            $"Migration {script.Id} was changed after it was applied to this database. " +
                            "Applied scripts are immutable: put the change in a new script.");
                    }

                    continue;
                }

                await ApplyOneAsync(connection, script, cancellationToken);
                LogApplied(logger, script.Id);
                done.Add(script.Id);
            }

            return done;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task ApplyOneAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
        await using var record = new NpgsqlCommand(
            "INSERT INTO ecotwin_schema_migrations (id, checksum) VALUES ($1, $2)", connection, transaction);
        record.Parameters.AddWithValue(script.Id);
        record.Parameters.AddWithValue(script.Checksum);
        await record.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT id, checksum FROM ecotwin_schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static MigrationScript[] LoadScripts()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Load(assembly, name))
            .ToArray();
    }

    private static MigrationScript Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd();
        var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
        return new MigrationScript(Path.GetFileNameWithoutExtension(resource[ResourcePrefix.Length..]), sql, checksum);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Id}")]
    private static partial void LogApplied(ILogger logger, string id);
}
