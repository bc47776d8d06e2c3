using System.Text;

namespace EcoTwin.Domain.Records;

/// <summary>Reads CSV (RFC 4180: commas, double-quoted fields with "" for a quote, line breaks inside quotes) with the line each row starts on.</summary>
public static class CsvReader
{
    /// <summary>The rows of <paramref name="text"/> with their 1-based starting line; blank lines are skipped; a leading BOM is ignored.</summary>
    /// <exception cref="FormatException">A quoted field is not closed; the message names its line.</exception>
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> Read(string text)
    {
        var rows = new List<(int, IReadOnlyList<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow();
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException($"line {rowLine}: a quoted field is not closed");
        }

        EndRow();
        return rows;

        void EndRow()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                rows.Add((rowLine, [.. fields]));
            }

            fields.Clear();
        }
    }
}
