using System.CommandLine;
using EcoTwin.Cli.Output;

namespace EcoTwin.Cli.Commands;

/// <summary>`ecotwin station ...`: station twins.</summary>
public static class StationCommands
{
    /// <summary>Builds the `station` command and its verbs.</summary>
    public static Command Build()
    {
        var code = new Argument<string>("code") { Description = "The station code (the device MN for HJ 212 stations)." };
        var get = new Command("get", "Print a station's master data as JSON.") { code };
        get.SetAction((parse, cancellationToken) => ClusterCall.RunAsync(parse, async client =>
        {
            var info = await client.Station(parse.GetValue(code)!).GetInfoAsync(cancellationToken);
            if (info is null)
            {
                await Console.Error.WriteLineAsync($"ecotwin: station '{parse.GetValue(code)}' does not exist");
                return ExitCodes.NotFound;
            }

            JsonOutput.Write(info);
            return ExitCodes.Ok;
        }, cancellationToken));
        var station = new Command("station", "Station twins.") { get };
        ConnectionOptions.AddTo(station);
        return station;
    }
}
