using System.CommandLine;
using EcoTwin.Cli.Output;
using EcoTwin.Client.Import;

namespace EcoTwin.Cli.Commands;

/// <summary>
/// `ecotwin import FILE`: stations, outlets or enterprises from CSV, districts from GeoJSON, through
/// the REST API. Idempotent: a second import of the same file reports every row unchanged.
/// </summary>
public static class ImportCommand
{
    /// <summary>Builds the `import` command.</summary>
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV file with a header row (stations, sources, enterprises) or a GeoJSON FeatureCollection (districts)." };
        var kind = new Option<ImportKind?>("--kind") { Description = "What the file holds, when its header does not say: stations, sources, enterprises or districts." };
        var api = ApiOptions.Address();
        var by = ApiOptions.By();
        var command = new Command("import", """
            Import master data through the REST API; report created, updated, unchanged and rejected rows.
            CSV columns (header row, any order; lists separated by ';'):
              stations:    code,name,kind,lon,lat,districtCode,factors            (kind: air|water|noise)
              sources:     mn,enterpriseCode,name,medium,lon,lat,districtCode,factors,limits
                           (medium: water|gas; limits: w01018:50;w01001:6..9)
              enterprises: code,name,industry,address,lon,lat,districtCode[,legalRepresentative,contact]
            Districts: a GeoJSON FeatureCollection, properties code, name, nameEn; Polygon or MultiPolygon geometry.
            Exit 0 when the file was read (rejected rows are reported), 2 for a missing or unknown file, 3 when the API cannot be reached.
            """) { file, kind, api, by };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(file)!, parse.GetValue(kind), ApiOptions.Client(parse, api, by), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, ImportKind? kind, Client.Api.EcoTwinApi api, CancellationToken cancellationToken)
    {
        using (api)
        {
            ImportPlan plan;
            try
            {
                plan = ImportFile.Read(await File.ReadAllTextAsync(file.FullName, cancellationToken), kind);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ImportFormatException)
            {
                await Console.Error.WriteLineAsync($"ecotwin: cannot import {file.Name}: {ex.Message}");
                return ExitCodes.BadInput;
            }

            await Console.Error.WriteLineAsync($"ecotwin: importing {plan.Items.Count} {plan.Kind.ToString().ToLowerInvariant()} from {file.Name} ({plan.Rejected.Count} rows refused while reading)");
            ImportReport report;
            try
            {
                report = await ImportRunner.RunAsync(api, plan, Progress, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                await Console.Error.WriteLineAsync($"ecotwin: cannot reach the EcoTwin API: {ex.Message}");
                return ExitCodes.Unreachable;
            }

            foreach (var rejection in report.Rejected)
            {
                await Console.Error.WriteLineAsync($"ecotwin: {file.Name}:{rejection.Line}: {rejection.Key} rejected: {rejection.Reason}");
            }

            await Console.Error.WriteLineAsync($"ecotwin: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged, {report.Rejected.Count} rejected");
            JsonOutput.Write(report);
            return ExitCodes.Ok;
        }
    }

    private static void Progress(int done, int total)
    {
        if (done % 100 == 0 || done == total)
        {
            Console.Error.WriteLine($"ecotwin: {done}/{total}");
        }
    }
}
