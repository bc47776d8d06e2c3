using System.Globalization;
using EcoTwin.Domain.Csv;

namespace EcoTwin.Client.Import;

/// <summary>One data row of an import CSV, read by column name; collects what is wrong with it.</summary>
public sealed class CsvRow(CsvRecord record, IReadOnlyDictionary<string, int> columns)
{
    private readonly List<string> _errors = [];

    /// <summary>The line the row starts on.</summary>
    public int Line => record.Line;

    /// <summary>What is wrong with the row so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The trimmed text of a column; empty when the file has no such column.</summary>
    public string Text(string column) =>
        columns.TryGetValue(column, out var at) && at < record.Fields.Count ? record.Fields[at].Trim() : string.Empty;

    /// <summary>The text of an optional column, null when empty.</summary>
    public string? Optional(string column) => Text(column) is { Length: > 0 } text ? text : null;

    /// <summary>A decimal number in invariant culture (e.g. 119.97); notes an error otherwise.</summary>
    public double Number(string column)
    {
        if (double.TryParse(Text(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Fail(column, $"'{Text(column)}' is not a number");
        return double.NaN;
    }

    /// <summary>A list separated by ';' (or '|' or spaces), e.g. a34004;a34002.</summary>
    public string[] List(string column) => Text(column).Split([';', '|', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Notes an error of <paramref name="column"/>.</summary>
    public void Fail(string column, string message) => _errors.Add($"{column}: {message}");
}
