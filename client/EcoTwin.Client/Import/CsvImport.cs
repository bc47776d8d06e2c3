using System.Collections.Immutable;
using System.Globalization;
using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;
using EcoTwin.Domain.Csv;
using EcoTwin.Domain.MasterData;

namespace EcoTwin.Client.Import;

/// <summary>
/// Reads stations, outlets or enterprises from CSV with a header row (columns in any order, names
/// case-insensitive). Lists are separated by ';'; outlet limits are <c>factor:max</c>,
/// <c>factor:min..max</c> or <c>factor:min..</c>, e.g. <c>w01018:50;w01001:6..9</c>.
/// </summary>
public static class CsvImport
{
    /// <summary>The columns of a stations file (all required).</summary>
    public static readonly IReadOnlyList<string> StationColumns = ["code", "name", "kind", "lon", "lat", "districtCode", "factors"];

    /// <summary>The columns of an outlets file (limits may be empty).</summary>
    public static readonly IReadOnlyList<string> SourceColumns = ["mn", "enterpriseCode", "name", "medium", "lon", "lat", "districtCode", "factors", "limits"];

    /// <summary>The columns of an enterprises file (legalRepresentative and contact are optional columns).</summary>
    public static readonly IReadOnlyList<string> EnterpriseColumns = ["code", "name", "industry", "address", "lon", "lat", "districtCode"];

    /// <summary>Reads <paramref name="text"/>; the kind comes from the header unless given.</summary>
    /// <exception cref="ImportFormatException">No header, or one that is not of a known kind.</exception>
    public static ImportPlan Read(string text, ImportKind? kind = null)
    {
        var records = CsvReader.Read(text).ToList();
        if (records.Count == 0)
        {
            throw new ImportFormatException("the file is empty: a CSV import needs a header row");
        }

        var columns = records[0].Fields.Select((name, at) => (Name: name.Trim(), At: at))
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().At, StringComparer.OrdinalIgnoreCase);
        kind ??= columns.ContainsKey("mn") ? ImportKind.Sources
            : columns.ContainsKey("industry") ? ImportKind.Enterprises
            : columns.ContainsKey("kind") ? ImportKind.Stations
            : throw new ImportFormatException($"the header '{string.Join(",", records[0].Fields)}' is not one of stations ({string.Join(",", StationColumns)}), sources ({string.Join(",", SourceColumns)}) or enterprises ({string.Join(",", EnterpriseColumns)})");
        var required = kind switch
        {
            ImportKind.Stations => StationColumns,
            ImportKind.Sources => SourceColumns.Where(c => c != "limits").ToList(),
            ImportKind.Enterprises => EnterpriseColumns,
            _ => throw new ImportFormatException($"{kind} are imported from GeoJSON, not CSV"),
        };
        if (required.FirstOrDefault(c => !columns.ContainsKey(c)) is { } missing)
        {
            throw new ImportFormatException($"the header has no column '{missing}'; {kind.Value.ToString().ToLowerInvariant()} need {string.Join(",", required)}");
        }

        var items = new List<ImportItem>();
        var rejected = new List<ImportRejection>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var row = new CsvRow(record, columns);
            var key = row.Text(kind == ImportKind.Sources ? "mn" : "code");
            if (record.Error is not null || record.Fields.Count != records[0].Fields.Count)
            {
                rejected.Add(new(record.Line, key, record.Error ?? $"has {record.Fields.Count} fields; the header has {records[0].Fields.Count}"));
            }
            else if (seen.TryGetValue(key, out var first))
            {
                rejected.Add(new(record.Line, key, $"repeats the key of line {first}"));
            }
            else if (Item(kind.Value, row) is { } item)
            {
                seen[key] = record.Line;
                items.Add(item);
            }
            else
            {
                rejected.Add(new(record.Line, key, string.Join("; ", row.Errors)));
            }
        }

        return new ImportPlan(kind.Value, items, rejected);
    }

    private static ImportItem? Item(ImportKind kind, CsvRow row)
    {
        var location = new GeoPoint(row.Number("lon"), row.Number("lat"));
        switch (kind)
        {
            case ImportKind.Stations:
                var stationKind = Enum.TryParse<StationKind>(row.Text("kind"), ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(row.Text("kind"), out _)
                    ? k : Fail<StationKind>(row, "kind", $"'{row.Text("kind")}' is not air, water or noise");
                var station = new StationInfo(row.Text("code"), row.Text("name"), stationKind, location, row.Text("districtCode"), [.. row.List("factors")]);
                return Valid(row, StationInfoValidation.Validate(station)) ? ImportItems.Station(row.Line, station) : null;
            case ImportKind.Sources:
                var source = new SourceInfo(
                    row.Text("mn"), row.Text("enterpriseCode"), row.Text("name"), row.Text("medium").ToLowerInvariant(), location,
                    row.Text("districtCode"), [.. row.List("factors")], Limits(row));
                return Valid(row, SourceInfoValidation.Validate(source)) ? ImportItems.Source(row.Line, source) : null;
            default:
                var enterprise = new EnterpriseInfo(
                    row.Text("code"), row.Text("name"), row.Text("industry"), row.Text("address"), location, row.Text("districtCode"),
                    row.Optional("legalRepresentative"), row.Optional("contact"));
                return Valid(row, EnterpriseInfoValidation.Validate(enterprise)) ? ImportItems.Enterprise(row.Line, enterprise) : null;
        }
    }

    // The same rules as the API and the twins, once the row could be read (its reading errors say more).
    private static bool Valid(CsvRow row, IReadOnlyList<FieldError> errors)
    {
        if (row.Errors.Count == 0)
        {
            foreach (var error in errors)
            {
                row.Fail(error.Field, error.Message);
            }
        }

        return row.Errors.Count == 0;
    }

    private static ImmutableDictionary<string, LimitRange> Limits(CsvRow row)
    {
        var limits = ImmutableDictionary.CreateBuilder<string, LimitRange>(StringComparer.Ordinal);
        foreach (var entry in row.List("limits"))
        {
            var parts = entry.Split(':', 2);
            var range = parts.Length == 2 ? parts[1].Split("..") : [];
            double? Bound(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            var (min, max) = range.Length switch
            {
                1 => ((double?)null, Bound(range[0])),
                2 => (Bound(range[0]), Bound(range[1])),
                _ => (null, null),
            };
            var wellFormed = parts.Length == 2 && (min is not null || max is not null) && range.All(r => r.Length == 0 || Bound(r) is not null);
            if (!wellFormed)
            {
                row.Fail("limits", $"'{entry}' is not factor:max, factor:min..max or factor:min..");
                continue;
            }

            limits[parts[0].Trim()] = new LimitRange(max, min);
        }

        return limits.ToImmutable();
    }

    private static T Fail<T>(CsvRow row, string column, string message)
        where T : struct
    {
        row.Fail(column, message);
        return default;
    }
}
