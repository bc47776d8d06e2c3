using Npgsql;

namespace EcoTwin.Storage.Scopes;

/// <summary>Which district a twin lies in, from the twins table (for district-scoped users).</summary>
public sealed class TwinDistricts(NpgsqlDataSource dataSource)
{
    /// <summary>The district of twin <paramref name="kind"/>/<paramref name="key"/>, or null when it is unknown.</summary>
    public async Task<string?> OfAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT district_code FROM twins WHERE kind = $1 AND key = $2");
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The districts of any twin keyed <paramref name="key"/> (a device MN feeds a station or an outlet).</summary>
    public async Task<List<string>> OfKeyAsync(string key, CancellationToken cancellationToken = default) =>
        await ListAsync("SELECT DISTINCT district_code FROM twins WHERE key = $1 AND district_code IS NOT NULL", key, cancellationToken);

    /// <summary>The districts an enterprise lies in: its own twin's and those of its outlets.</summary>
    public async Task<List<string>> OfEnterpriseAsync(string creditCode, CancellationToken cancellationToken = default) =>
        await ListAsync("""
            SELECT DISTINCT district_code FROM twins
            WHERE ((kind = 'enterprise' AND key = $1) OR (kind = 'source' AND parent = $1)) AND district_code IS NOT NULL
            """, creditCode, cancellationToken);

    private async Task<List<string>> ListAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue(key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var districts = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            districts.Add(reader.GetString(0));
        }

        return districts;
    }
}
