using Npgsql;
using NpgsqlTypes;

namespace EcoTwin.Storage.Batching;

/// <summary>Typed writes of values that may be null, for binary COPY.</summary>
internal static class BinaryImportExtensions
{
    /// <summary>Writes <paramref name="value"/> as <paramref name="type"/>, or NULL.</summary>
    public static Task WriteOrNullAsync<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : class =>
        value is null ? importer.WriteNullAsync() : importer.WriteAsync(value, type);

    /// <summary>Writes <paramref name="value"/> as <paramref name="type"/>, or NULL.</summary>
    public static Task WriteOrNullAsync<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct =>
        value is { } present ? importer.WriteAsync(present, type) : importer.WriteNullAsync();
}
