using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EcoTwin.Cli.Output;
using EcoTwin.Client.Simulation;
using EcoTwin.Domain.Demo;
using Microsoft.Extensions.Logging;

namespace EcoTwin.Cli.Commands;

/// <summary>
/// `ecotwin simulate --stations N --sources M --rate R --duration D --gateway HOST:PORT[,HOST:PORT]`:
/// demo-city devices sending HJ 212 real-time data; a progress line per second on standard error,
/// a JSON summary on standard output. Ctrl+C stops early and still prints the summary.
/// </summary>
public static class SimulateCommand
{
    // 128 + SIGINT: stopped before the first packet, so there is nothing to summarise.
    private const int Interrupted = 130;

    /// <summary>Builds the `simulate` verb.</summary>
    public static Command Build()
    {
        var stations = new Option<int>("--stations") { Description = "Stations to simulate: the demo city's first ones (100 air, then 20 water).", DefaultValueFactory = _ => 10 };
        var sources = new Option<int>("--sources") { Description = "Outlets to simulate: the demo city's first ones (600 in all).", DefaultValueFactory = _ => 0 };
        var rate = new Option<double>("--rate") { Description = "Packets per second across all devices.", DefaultValueFactory = _ => 10 };
        var duration = Duration("--duration", "How long to send: 30s, 5m, 1h (default 1m).");
        // Shadows the root's --gateway (the Orleans gateway): here it is the HJ 212 device port.
        var gateway = new Option<string[]>("--gateway")
        {
            Description = $"HJ 212 gateway(s), host:port, comma-separated or repeated; devices fail over to the next (default {GatewayAddresses.Default}).",
            AllowMultipleArgumentsPerToken = false,
        };
        var api = new Option<string>("--api") { Description = "The silo's web front, for registration.", DefaultValueFactory = _ => "http://localhost:5000" };
        var noRegister = new Option<bool>("--no-register") { Description = "Do not register devices and master data (they already are)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the run's incidents (silences, fault bursts, M/C/D flags).", DefaultValueFactory = _ => 1 };
        var citySeed = new Option<int>("--city-seed") { Description = "Seed of the demo city (the silo's demo city by default).", DefaultValueFactory = _ => DemoCity.DefaultSeed };
        var noIncidents = new Option<bool>("--no-incidents") { Description = "Every device talks all the time and flags everything N." };
        var ackTimeout = Duration("--ack-timeout", "HJ 212 OverTime: wait this long for the 9014 before resending (default 5s).");
        var retries = new Option<int>("--retries") { Description = "HJ 212 ReCount: resends before a packet counts as rejected.", DefaultValueFactory = _ => 3 };
        var command = new Command("simulate", "Simulate demo-city HJ 212 devices against the gateway: register them, send real-time data, count answers and latency.")
        {
            stations, sources, rate, duration, gateway, api, noRegister, seed, citySeed, noIncidents, ackTimeout, retries,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var options = new DeviceSimulatorOptions
            {
                Stations = parse.GetValue(stations),
                Sources = parse.GetValue(sources),
                Rate = parse.GetValue(rate),
                Duration = parse.GetValue(duration) ?? TimeSpan.FromMinutes(1),
                Gateways = parse.GetValue(gateway) is { Length: > 0 } given ? given : [GatewayAddresses.Default],
                ApiBaseUrl = Uri.TryCreate(parse.GetValue(api), UriKind.Absolute, out var url) ? url : null,
                Register = !parse.GetValue(noRegister),
                Seed = parse.GetValue(seed),
                CitySeed = parse.GetValue(citySeed),
                Incidents = !parse.GetValue(noIncidents),
                AckTimeout = parse.GetValue(ackTimeout) ?? TimeSpan.FromSeconds(5),
                Retries = parse.GetValue(retries),
            };
            return RunAsync(options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(DeviceSimulatorOptions options, CancellationToken cancellationToken)
    {
        var logger = new StderrLogger(LogLevel.Warning, "ecotwin: simulate:");
        DeviceSimulator simulator;
        try
        {
            simulator = new DeviceSimulator(options, logger);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"ecotwin: simulate: {ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal)}");
            return ExitCodes.BadInput;
        }

        SimulationReport report;
        try
        {
            report = await simulator.RunAsync(new ProgressLine(simulator.Devices.Count), cancellationToken);
        }
        catch (SimulatorException ex)
        {
            await Console.Error.WriteLineAsync($"ecotwin: simulate: {ex.Message}");
            return ExitCodes.Unreachable;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("ecotwin: simulate: stopped before the first packet");
            return Interrupted;
        }

        await Console.Out.WriteLineAsync(SimulationSummaryJson.From(report).ToJson());
        return ExitCodes.Ok;
    }

    private static Option<TimeSpan?> Duration(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Read(result, name),
    };

    private static TimeSpan? Read(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DurationText.TryParse(text, out var value))
        {
            return value;
        }

        result.AddError($"{name}: '{text}' is not a duration such as 30s, 5m or 1h");
        return null;
    }

    /// <summary>One line per progress report on standard error.</summary>
    private sealed class ProgressLine(int devices) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{value.Elapsed.TotalSeconds,5:0}s] sent {value.Sent}  acked {value.Acked}  rate {value.AckRate:0}/s  p99 {Ms(value.AckLatencyP99)}  pending {value.Pending}  retried {value.Retried}  rejected {value.Rejected}  connected {value.ConnectedDevices}/{devices}"));

        private static string Ms(TimeSpan? span) => span is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0.0} ms") : "-";
    }
}
