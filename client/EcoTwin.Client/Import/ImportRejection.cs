namespace EcoTwin.Client.Import;

/// <summary>A row that was not imported, and why.</summary>
/// <param name="Line">Its line (CSV, counting the header as 1) or feature number (GeoJSON).</param>
/// <param name="Key">Its key, when it has one.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record ImportRejection(int Line, string? Key, string Reason);
