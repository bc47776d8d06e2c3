using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Districts;

/// <summary>Reads and writes the districts table.</summary>
public sealed class DistrictStore(NpgsqlDataSource dataSource)
{
    /// <summary>Adds or replaces a district.</summary>
    public async Task UpsertAsync(DistrictRow district, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO districts (code, name, name_en, boundary, updated_at) VALUES ($1, $2, $3, $4, now())
            ON CONFLICT (code) DO UPDATE SET name = $2, name_en = $3, boundary = $4, updated_at = now()
            """);
        command.Parameters.AddWithValue(district.Code);
        command.Parameters.AddWithValue(district.Name);
        command.Parameters.AddWithValue((object?)district.NameEn ?? DBNull.Value);
        command.Parameters.Add(new NpgsqlParameter { Value = district.Boundary, NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every district, by code.</summary>
    public async Task<List<DistrictRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT code, name, name_en, boundary::text FROM districts ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var districts = new List<DistrictRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            districts.Add(new DistrictRow(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return districts;
    }
}
