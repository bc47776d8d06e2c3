using System.CommandLine;
using EcoTwin.Client;

namespace EcoTwin.Cli.Commands;

/// <summary>Runs a verb against the cluster and turns connection failures into one clear line.</summary>
public static class ClusterCall
{
    /// <summary>Connects, runs <paramref name="action"/>, disconnects; returns the exit code.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Func<EcoTwinClient, Task<int>> action, CancellationToken cancellationToken)
    {
        var options = ConnectionOptions.Read(parse);
        EcoTwinClient client;
        try
        {
            client = await EcoTwinClient.ConnectAsync(options, cancellationToken);
        }
        catch (Exception ex) when (ex is EcoTwinUnreachableException or SiloUnavailableException or OrleansException or ArgumentException)
        {
            var where = string.IsNullOrWhiteSpace(options.ConnectionString) ? string.Join(", ", options.Gateways) : "the cluster in --connection";
            await Console.Error.WriteLineAsync($"ecotwin: cannot reach an EcoTwin silo at {where}: {ex.Message}");
            return ExitCodes.Unreachable;
        }

        await using (client)
        {
            return await action(client);
        }
    }
}
