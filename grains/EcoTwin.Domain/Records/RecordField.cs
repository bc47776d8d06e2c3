namespace EcoTwin.Domain.Records;

/// <summary>A kind-specific field of a business record (kept in its details).</summary>
/// <param name="Name">The field name (camelCase, as in JSON and CSV headers).</param>
/// <param name="Type">Its type.</param>
/// <param name="Required">Whether it must be given.</param>
/// <param name="Choices">The allowed codes of a <see cref="RecordFieldType.Choice"/>.</param>
public sealed record RecordField(string Name, RecordFieldType Type, bool Required, IReadOnlyList<string>? Choices = null);
