namespace EcoTwin.Domain.Csv;

/// <summary>One CSV record: the line it starts on and its fields; <see cref="Error"/> when it could not be read.</summary>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Error">Why it could not be read (an unterminated quote), else null.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error = null);
