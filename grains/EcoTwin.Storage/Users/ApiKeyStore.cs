using Npgsql;

namespace EcoTwin.Storage.Users;

/// <summary>Reads and writes the api_keys table.</summary>
public sealed class ApiKeyStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, user_name, hash, label, created_at, last_used_at, revoked_at";

    /// <summary>Stores a new key of <paramref name="userName"/>.</summary>
    public async Task AddAsync(string id, string userName, string hash, string? label, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("INSERT INTO api_keys (id, user_name, hash, label) VALUES ($1, $2, $3, $4)");
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(userName);
        command.Parameters.AddWithValue(hash);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)label ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The key with <paramref name="id"/>, or null.</summary>
    public async Task<ApiKeyRecord?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM api_keys WHERE id = $1");
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The keys of <paramref name="userName"/>, newest first.</summary>
    public async Task<List<ApiKeyRecord>> ListAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM api_keys WHERE user_name = $1 ORDER BY created_at DESC");
        command.Parameters.AddWithValue(userName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    /// <summary>Revokes a key of <paramref name="userName"/>; false when it has no such live key.</summary>
    public async Task<bool> RevokeAsync(string userName, string id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND user_name = $2 AND revoked_at IS NULL");
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(userName);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Notes that a key was used (at most about once a minute per key).</summary>
    public async Task TouchAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')");
        command.Parameters.AddWithValue(id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ApiKeyRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetFieldValue<DateTimeOffset>(4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6));
}
