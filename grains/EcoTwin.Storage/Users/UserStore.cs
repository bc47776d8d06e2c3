using Npgsql;

namespace EcoTwin.Storage.Users;

/// <summary>Reads and writes the users table.</summary>
public sealed class UserStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "name, display_name, role, districts, password_hash, disabled, failed_logins, locked_until";

    /// <summary>The user <paramref name="name"/>, or null.</summary>
    public async Task<UserRecord?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM users WHERE name = $1");
        command.Parameters.AddWithValue(name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Every user, by name.</summary>
    public async Task<List<UserRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM users ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<UserRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(Read(reader));
        }

        return users;
    }

    /// <summary>Adds a user; false when the name is taken.</summary>
    public async Task<bool> CreateAsync(UserRecord user, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO users (name, display_name, role, districts, password_hash, disabled) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (name) DO NOTHING");
        command.Parameters.AddWithValue(user.Name);
        command.Parameters.AddWithValue((object?)user.DisplayName ?? DBNull.Value);
        command.Parameters.AddWithValue(user.Role);
        command.Parameters.AddWithValue(user.Districts);
        command.Parameters.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)user.PasswordHash ?? DBNull.Value);
        command.Parameters.AddWithValue(user.Disabled);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Replaces a user's display name, role, districts and disabled flag; false when there is no such user.</summary>
    public async Task<bool> UpdateAsync(UserRecord user, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE users SET display_name = $2, role = $3, districts = $4, disabled = $5, updated_at = now() WHERE name = $1");
        command.Parameters.AddWithValue(user.Name);
        command.Parameters.AddWithValue((object?)user.DisplayName ?? DBNull.Value);
        command.Parameters.AddWithValue(user.Role);
        command.Parameters.AddWithValue(user.Districts);
        command.Parameters.AddWithValue(user.Disabled);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Sets a user's password hash and clears failed sign-ins; false when there is no such user.</summary>
    public async Task<bool> SetPasswordHashAsync(string name, string hash, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL, updated_at = now() WHERE name = $1");
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(hash);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Records a sign-in: success resets the failure count; a failure counts and locks after <paramref name="maxFailures"/> for <paramref name="lockout"/>.</summary>
    public async Task RecordSignInAsync(string name, bool succeeded, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(succeeded
            ? "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = $1"
            : """
              UPDATE users SET failed_logins = failed_logins + 1,
                  locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + $3 ELSE locked_until END
              WHERE name = $1
              """);
        command.Parameters.AddWithValue(name);
        if (!succeeded)
        {
            command.Parameters.AddWithValue(maxFailures);
            command.Parameters.AddWithValue(lockout);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static UserRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.GetFieldValue<string[]>(3),
        r.IsDBNull(4) ? null : r.GetString(4), r.GetBoolean(5), r.GetInt32(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7));
}
