using System.CommandLine;
using EcoTwin.Cli.Output;
using EcoTwin.Domain.Air;

namespace EcoTwin.Cli.Commands;

/// <summary>`ecotwin aqi --pm25-24h 80 ...`: the HJ 633 calculator for scripts.</summary>
public static class AqiCommand
{
    /// <summary>Builds the `aqi` command with one option per concentration item.</summary>
    public static Command Build()
    {
        var options = AqiItems.All.ToDictionary(item => item, item => NumberOption.Create("--" + item.Key(), $"{item.Key()} concentration, {item.Unit()}"));
        var command = new Command("aqi", "Compute AQI, level, category and primary pollutants (HJ 633-2012) from concentrations (µg/m³; CO mg/m³).");
        foreach (var option in options.Values)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var concentrations = AqiConcentrations.Empty;
            foreach (var (item, option) in options)
            {
                if (parse.GetValue(option) is not { } value)
                {
                    continue;
                }

                if (AqiConcentrations.Validate(item, value) is { } problem)
                {
                    Console.Error.WriteLine($"ecotwin: --{item.Key()} {value}: {problem}");
                    return ExitCodes.BadInput;
                }

                concentrations = concentrations.With(item, value);
            }

            if (concentrations.Count == 0)
            {
                Console.Error.WriteLine("ecotwin: give at least one concentration, e.g. ecotwin aqi --pm25-24h 80 (see ecotwin aqi --help)");
                return ExitCodes.BadInput;
            }

            JsonOutput.Write(AqiJson.From(AqiCalculator.Calculate(concentrations)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
