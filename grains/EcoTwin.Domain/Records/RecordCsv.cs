using System.Text.Json.Nodes;
using EcoTwin.Domain.Csv;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Domain.Records;

/// <summary>
/// Reads business records of one kind from CSV. The header names the columns: <c>enterpriseCode</c>,
/// <c>outletMn</c>, <c>documentNo</c>, <c>date</c>, <c>validFrom</c>, <c>validTo</c> and the kind's
/// detail fields. For permits each row is one limit (<c>outlet</c>, <c>factor</c>, <c>max</c>,
/// <c>min</c>, <c>unit</c>); rows with the same enterprise and permit number form one permit.
/// </summary>
public static class RecordCsv
{
    private static readonly string[] Common = ["enterpriseCode", "outletMn", "documentNo", "date", "validFrom", "validTo"];
    private static readonly string[] LimitColumns = ["outlet", "factor", "max", "min", "unit"];

    /// <summary>The records of <paramref name="text"/> with the line each starts on, and the errors of lines that could not be read.</summary>
    public static (IReadOnlyList<(int Line, RecordInput Input)> Records, IReadOnlyList<(int Line, FieldError Error)> Errors) Read(string text, RecordKindSpec spec)
    {
        var errors = new List<(int, FieldError)>();
        var rows = CsvReader.Read(text).ToList();
        if (rows.FirstOrDefault(row => row.Error is not null) is { } broken)
        {
            return ([], [(broken.Line, new FieldError("file", $"line {broken.Line}: {broken.Error}"))]);
        }

        if (rows.Count == 0)
        {
            return ([], [(1, new FieldError("header", "the file is empty; the first line names the columns"))]);
        }

        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        var known = Common.Concat(spec.Kind == RecordKind.Permit ? LimitColumns : []).Concat(spec.Fields.Where(f => f.Type != RecordFieldType.Limits).Select(f => f.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var column in header.Where(h => !known.Contains(h)))
        {
            errors.Add((rows[0].Line, new FieldError("header", $"unknown column '{column}' for {spec.Name} records; known: {string.Join(", ", known)}")));
        }

        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var records = new List<(int Line, RecordInput Input)>();
        var permits = new Dictionary<(string?, string?), int>();
        foreach (var (line, fields, _) in rows.Skip(1))
        {
            if (fields.Count != header.Length)
            {
                errors.Add((line, new FieldError("row", $"has {fields.Count} fields; the header has {header.Length}")));
                continue;
            }

            var cells = header.Zip(fields).ToDictionary(p => p.First, p => string.IsNullOrWhiteSpace(p.Second) ? null : p.Second.Trim(), StringComparer.Ordinal);
            var details = new JsonObject();
            foreach (var field in spec.Fields.Where(f => cells.GetValueOrDefault(f.Name) is not null))
            {
                details[field.Name] = cells[field.Name];
            }

            var input = new RecordInput(spec.Name, cells.GetValueOrDefault("enterpriseCode"), cells.GetValueOrDefault("outletMn"), cells.GetValueOrDefault("documentNo"),
                cells.GetValueOrDefault("date"), cells.GetValueOrDefault("validFrom"), cells.GetValueOrDefault("validTo"), details);
            if (spec.Kind != RecordKind.Permit)
            {
                records.Add((line, input));
                continue;
            }

            var limit = new JsonObject();
            foreach (var column in LimitColumns.Where(c => cells.GetValueOrDefault(c) is not null))
            {
                limit[column] = cells[column];
            }

            var key = (input.EnterpriseCode, input.DocumentNo);
            if (permits.TryGetValue(key, out var index))
            {
                var (first, permit) = records[index];
                if (permit with { Details = null } != input with { Details = null })
                {
                    errors.Add((line, new FieldError("row", $"permit {input.DocumentNo} of {input.EnterpriseCode} differs from line {first} in its common fields")));
                    continue;
                }

                if (limit.Count > 0)
                {
                    ((JsonArray)permit.Details!["limits"]!).Add(limit);
                }
            }
            else
            {
                details["limits"] = limit.Count > 0 ? new JsonArray(limit) : new JsonArray();
                permits[key] = records.Count;
                records.Add((line, input with { Details = details }));
            }
        }

        return (records, errors);
    }
}
