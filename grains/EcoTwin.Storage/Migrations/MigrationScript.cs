namespace EcoTwin.Storage.Migrations;

/// <summary>One versioned schema script: its id (file name without extension), text and SHA-256.</summary>
public sealed record MigrationScript(string Id, string Sql, string Checksum);
