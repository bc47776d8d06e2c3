namespace EcoTwin.Client.Import;

/// <summary>What an import did: how many twins it created, updated or found unchanged, and the rows it rejected.</summary>
/// <param name="Kind">What was imported.</param>
/// <param name="Created">New twins.</param>
/// <param name="Updated">Twins whose master data changed.</param>
/// <param name="Unchanged">Twins that were already as the file says.</param>
/// <param name="Rejected">The rows not imported, in line order, with the reason.</param>
public sealed record ImportReport(ImportKind Kind, int Created, int Updated, int Unchanged, IReadOnlyList<ImportRejection> Rejected);
