using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Records;

/// <summary>The business_records table: one row per record, kind-specific fields in jsonb.</summary>
public sealed class RecordStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, enterprise_code, outlet_mn, kind, document_no, record_date, valid_from, valid_to, details::text, entered_by, entered_at";

    /// <summary>Stores a record; one with the same enterprise, kind and document number is replaced. Returns its id and whether it was new.</summary>
    public async Task<(long Id, bool Created)> UpsertAsync(StoredRecord record, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO business_records (enterprise_code, outlet_mn, kind, document_no, record_date, valid_from, valid_to, details, entered_by, entered_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (enterprise_code, kind, document_no) WHERE document_no IS NOT NULL DO UPDATE SET
                outlet_mn = excluded.outlet_mn, record_date = excluded.record_date, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                details = excluded.details, entered_by = excluded.entered_by, entered_at = excluded.entered_at
            RETURNING id, (xmax = 0)
            """);
        command.Parameters.AddWithValue(record.EnterpriseCode);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)record.OutletMn ?? DBNull.Value);
        command.Parameters.AddWithValue(record.Kind);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)record.DocumentNo ?? DBNull.Value);
        command.Parameters.AddWithValue(record.Date);
        command.Parameters.AddWithValue(NpgsqlDbType.Date, (object?)record.ValidFrom ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Date, (object?)record.ValidTo ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Jsonb, record.DetailsJson);
        command.Parameters.AddWithValue(record.EnteredBy);
        command.Parameters.AddWithValue(record.EnteredAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetBoolean(1));
    }

    /// <summary>The record <paramref name="id"/>, or null.</summary>
    public async Task<StoredRecord?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM business_records WHERE id = $1");
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>An enterprise's records (its timeline), newest first, filtered by kind, outlet and date range [from, to].</summary>
    public async Task<List<StoredRecord>> ListAsync(
        string enterpriseCode, string? kind, string? outlet, DateOnly? from, DateOnly? to, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM business_records
            WHERE enterprise_code = $1 AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR outlet_mn = $3)
              AND ($4::date IS NULL OR record_date >= $4) AND ($5::date IS NULL OR record_date <= $5)
            ORDER BY record_date DESC, id DESC LIMIT $6
            """);
        command.Parameters.AddWithValue(enterpriseCode);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)kind ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)outlet ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Date, (object?)from ?? DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Date, (object?)to ?? DBNull.Value);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<StoredRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    private static StoredRecord Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.GetFieldValue<DateOnly>(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7),
        r.GetString(8), r.GetString(9), r.GetFieldValue<DateTimeOffset>(10));
}
