namespace EcoTwin.Storage.Cases;

/// <summary>A file attached to a case, as stored (bytes in PostgreSQL).</summary>
public sealed record StoredAttachment(string Id, string CaseId, string FileName, string ContentType, int Size, byte[] Content, string UploadedBy, DateTimeOffset UploadedAt);
