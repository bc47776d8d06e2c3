using System.Text;

namespace EcoTwin.Domain.Csv;

/// <summary>
/// Reads CSV as RFC 4180 writes it: comma-separated fields, double quotes around fields that hold
/// commas, quotes ("" inside) or line breaks; CRLF or LF line ends; a UTF-8 BOM is skipped; blank
/// lines are skipped.
/// </summary>
public static class CsvReader
{
    /// <summary>The records of <paramref name="text"/>, each with the line it starts on.</summary>
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            string? error = null;
            while (i < text.Length)
            {
                var c = text[i++];
                if (quoted)
                {
                    if (c == '"' && i < text.Length && text[i] == '"')
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
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c is '\n' or '\r')
                {
                    if (c == '\r' && i < text.Length && text[i] == '\n')
                    {
                        i++;
                    }

                    line++;
                    break;
                }
                else
                {
                    field.Append(c);
                }
            }

            if (quoted)
            {
                error = "a quoted field is not closed";
            }

            fields.Add(field.ToString());
            if (error is not null || fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                yield return new CsvRecord(start, fields, error);
            }
        }
    }
}
