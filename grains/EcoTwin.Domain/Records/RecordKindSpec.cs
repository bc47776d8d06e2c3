namespace EcoTwin.Domain.Records;

/// <summary>What a kind of record needs besides the enterprise and its date.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Name">Its name in the API and CLI (<c>permit</c>, <c>hazardous-waste</c> ...).</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="DocumentNoRequired">Whether the source document number is required.</param>
/// <param name="ValidityRequired">Whether validFrom and validTo are required.</param>
/// <param name="Fields">The kind-specific fields, kept in the record's details.</param>
public sealed record RecordKindSpec(RecordKind Kind, string Name, string NameZh, bool DocumentNoRequired, bool ValidityRequired, IReadOnlyList<RecordField> Fields);
