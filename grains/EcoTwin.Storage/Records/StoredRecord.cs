namespace EcoTwin.Storage.Records;

/// <summary>A business record as stored; <see cref="DetailsJson"/> holds its kind-specific fields.</summary>
public sealed record StoredRecord(
    long Id, string EnterpriseCode, string? OutletMn, string Kind, string? DocumentNo, DateOnly Date, DateOnly? ValidFrom, DateOnly? ValidTo,
    string DetailsJson, string EnteredBy, DateTimeOffset EnteredAt);
