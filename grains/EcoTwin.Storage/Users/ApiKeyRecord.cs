namespace EcoTwin.Storage.Users;

/// <summary>An API key as stored (never its secret).</summary>
public sealed record ApiKeyRecord(string Id, string UserName, string Hash, string? Label, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
