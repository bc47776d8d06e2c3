using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Cli.Output;
using EcoTwin.Domain.Records;

namespace EcoTwin.Cli.Commands;

/// <summary>
/// `ecotwin import records FILE --kind permit|inspection|...`: reads business records from CSV,
/// validates every row (errors name the line and the field), then posts them to
/// <c>/api/enterprises/{code}/records</c> and prints a summary. Nothing is sent when a row is invalid.
/// </summary>
public static class ImportRecordsCommand
{
    /// <summary>Builds the `records` verb (under `import`).</summary>
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file; its first line names the columns (see docs/api.md)." };
        var kind = new Option<string>("--kind") { Description = $"The kind of records: {RecordSpecs.Names}.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only validate; send nothing." };
        var command = new Command("records", "Import business records (permits, inspections, complaints ...) from CSV.") { file, kind, dryRun };
        command.Options.Add(ApiOption.Api);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (RecordSpecs.Find(parse.GetValue(kind)) is not { } spec)
            {
                await Console.Error.WriteLineAsync($"ecotwin: --kind '{parse.GetValue(kind)}' is not a record kind; use one of {RecordSpecs.Names}");
                return ExitCodes.BadInput;
            }

            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"ecotwin: {path.FullName} does not exist");
                return ExitCodes.BadInput;
            }

            var (records, errors) = RecordCsv.Read(await File.ReadAllTextAsync(path.FullName, cancellationToken), spec);
            var problems = errors.Select(e => (e.Line, $"{e.Error.Field}: {e.Error.Message}")).ToList();
            foreach (var (line, input) in records)
            {
                problems.AddRange(RecordValidation.Validate(input).Errors.Select(e => (line, $"{e.Field}: {e.Message}")));
            }

            if (problems.Count > 0)
            {
                foreach (var (line, message) in problems.OrderBy(p => p.Line))
                {
                    await Console.Error.WriteLineAsync($"{path.Name}:{line}: {message}");
                }

                await Console.Error.WriteLineAsync($"ecotwin: {problems.Select(p => p.Line).Distinct().Count()} line(s) with errors; nothing imported");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(dryRun))
            {
                JsonOutput.Write(new { kind = spec.Name, valid = records.Count, imported = 0 });
                return ExitCodes.Ok;
            }

            return await SendAsync(parse, path.Name, spec, records, cancellationToken);
        });
        return command;
    }

    private static async Task<int> SendAsync(ParseResult parse, string name, RecordKindSpec spec, IReadOnlyList<(int Line, RecordInput Input)> records, CancellationToken cancellationToken)
    {
        using var http = ApiKeyOption.CreateClient(parse);
        int created = 0, replaced = 0, failed = 0;
        foreach (var (line, input) in records)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.PostAsJsonAsync($"/api/enterprises/{Uri.EscapeDataString(input.EnterpriseCode!)}/records",
                    new { kind = spec.Name, input.OutletMn, input.DocumentNo, input.Date, input.ValidFrom, input.ValidTo, input.Details }, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                await Console.Error.WriteLineAsync($"ecotwin: cannot reach the EcoTwin web front at {http.BaseAddress}: {ex.Message}");
                return ExitCodes.Unreachable;
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && failed == 0 && created + replaced == 0)
            {
                await Console.Error.WriteLineAsync($"ecotwin: the web front refused access ({(int)response.StatusCode}): give a data steward's API key with --api-key or ECOTWIN_API_KEY");
                return ExitCodes.Denied;
            }

            if (response.IsSuccessStatusCode)
            {
                _ = response.StatusCode == HttpStatusCode.Created ? created++ : replaced++;
                continue;
            }

            failed++;
            await Console.Error.WriteLineAsync($"{name}:{line}: {(int)response.StatusCode} {await ProblemAsync(response, cancellationToken)}");
        }

        JsonOutput.Write(new { kind = spec.Name, records = records.Count, created, replaced, failed });
        return failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (problem.TryGetProperty("errors", out var errors))
            {
                return string.Join("; ", errors.EnumerateObject().Select(e => $"{e.Name}: {string.Join(", ", e.Value.EnumerateArray().Select(m => m.GetString()))}"));
            }

            return problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : problem.ToString();
        }
        catch (JsonException)
        {
            return response.ReasonPhrase ?? string.Empty;
        }
    }
}
