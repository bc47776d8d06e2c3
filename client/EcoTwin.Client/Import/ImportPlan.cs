namespace EcoTwin.Client.Import;

/// <summary>A file read for import: its kind, the twins to write, and the rows refused while reading.</summary>
/// <param name="Kind">What the file holds.</param>
/// <param name="Items">The twins to write, in file order.</param>
/// <param name="Rejected">Rows that could not be read or are invalid.</param>
public sealed record ImportPlan(ImportKind Kind, IReadOnlyList<ImportItem> Items, IReadOnlyList<ImportRejection> Rejected);
