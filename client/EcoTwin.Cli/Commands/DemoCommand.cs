using System.CommandLine;
using System.Diagnostics;
using EcoTwin.Cli.Output;
using EcoTwin.Client.Api;
using EcoTwin.Client.Import;
using EcoTwin.Contracts.Demo;
using EcoTwin.Domain.Demo;

namespace EcoTwin.Cli.Commands;

/// <summary>`ecotwin demo seed`: registers the whole demo city through the REST API.</summary>
public static class DemoCommand
{
    /// <summary>Builds the `demo` command and its verbs.</summary>
    public static Command Build()
    {
        var seed = new Option<int>("--seed") { Description = "The seed of the city.", DefaultValueFactory = _ => DemoCity.DefaultSeed };
        var api = ApiOptions.Address();
        var by = ApiOptions.By();
        var seedCommand = new Command("seed", "Register the demo city: 8 districts, 120 stations, 300 enterprises, 600 outlets with limits, and their devices. Idempotent.")
        {
            seed, api, by,
        };
        seedCommand.SetAction((parse, cancellationToken) => SeedAsync(parse.GetValue(seed), ApiOptions.Client(parse, api, by), cancellationToken));
        return new Command("demo", "The synthetic demo city.") { seedCommand };
    }

    private static async Task<int> SeedAsync(int seed, EcoTwinApi api, CancellationToken cancellationToken)
    {
        using (api)
        {
            var watch = Stopwatch.StartNew();
            var data = DemoMasterData.Of(seed);
            // Devices before their twins, so each twin knows its upload interval from its first activation.
            (string Name, ImportPlan Plan)[] phases =
            [
                ("districts", new(ImportKind.Districts, [.. data.Districts.Select(d => ImportItems.District(0, d))], [])),
                ("devices", new(ImportKind.Stations, [.. data.Devices.Select(ImportItems.Device)], [])),
                ("enterprises", new(ImportKind.Enterprises, [.. data.Enterprises.Select(e => ImportItems.Enterprise(0, e))], [])),
                ("stations", new(ImportKind.Stations, [.. data.Stations.Select(s => ImportItems.Station(0, s))], [])),
                ("sources", new(ImportKind.Sources, [.. data.Sources.Select(s => ImportItems.Source(0, s))], [])),
            ];
            var reports = new Dictionary<string, ImportReport>();
            try
            {
                foreach (var (name, plan) in phases)
                {
                    var report = await ImportRunner.RunAsync(api, plan, cancellationToken: cancellationToken);
                    await Console.Error.WriteLineAsync($"ecotwin: {name}: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged, {report.Rejected.Count} rejected");
                    foreach (var rejection in report.Rejected)
                    {
                        await Console.Error.WriteLineAsync($"ecotwin: {name} {rejection.Key} rejected: {rejection.Reason}");
                    }

                    reports[name] = report;
                }
            }
            catch (HttpRequestException ex)
            {
                await Console.Error.WriteLineAsync($"ecotwin: cannot reach the EcoTwin API: {ex.Message}");
                return ExitCodes.Unreachable;
            }

            await Console.Error.WriteLineAsync($"ecotwin: demo city {seed} seeded in {watch.Elapsed.TotalSeconds:0.0} s");
            JsonOutput.Write(new { seed, seconds = Math.Round(watch.Elapsed.TotalSeconds, 1), phases = reports });
            return reports.Values.Any(r => r.Rejected.Count > 0) ? ExitCodes.BadInput : ExitCodes.Ok;
        }
    }
}
