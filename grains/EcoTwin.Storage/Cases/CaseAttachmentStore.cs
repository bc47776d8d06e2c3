using Npgsql;

namespace EcoTwin.Storage.Cases;

/// <summary>The bytes of case attachments (bytea), written before the case records the attachment.</summary>
public sealed class CaseAttachmentStore(NpgsqlDataSource dataSource)
{
    /// <summary>Stores a file.</summary>
    public async Task AddAsync(StoredAttachment file, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO case_attachments (id, case_id, file_name, content_type, size, content, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
        command.Parameters.AddWithValue(file.Id);
        command.Parameters.AddWithValue(file.CaseId);
        command.Parameters.AddWithValue(file.FileName);
        command.Parameters.AddWithValue(file.ContentType);
        command.Parameters.AddWithValue(file.Size);
        command.Parameters.AddWithValue(file.Content);
        command.Parameters.AddWithValue(file.UploadedBy);
        command.Parameters.AddWithValue(file.UploadedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The file <paramref name="id"/> of case <paramref name="caseId"/>, or null.</summary>
    public async Task<StoredAttachment?> GetAsync(string caseId, string id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, case_id, file_name, content_type, size, content, uploaded_by, uploaded_at FROM case_attachments WHERE id = $1 AND case_id = $2");
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(caseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredAttachment(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetFieldValue<byte[]>(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7))
            : null;
    }

    /// <summary>Removes a file the case refused to record.</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM case_attachments WHERE id = $1");
        command.Parameters.AddWithValue(id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
