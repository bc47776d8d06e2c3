using System.CommandLine;
using EcoTwin.Client;

namespace EcoTwin.Cli.Commands;

/// <summary>The options of the verbs that talk to the cluster as an Orleans client (`station ...`).</summary>
public static class ConnectionOptions
{
    /// <summary>--gateway host:port (repeatable); default ECOTWIN_GATEWAY or 127.0.0.1:30000.</summary>
    public static readonly Option<string[]> Gateway = new("--gateway")
    {
        Description = "A silo's Orleans gateway, host:port; repeat for several. Env ECOTWIN_GATEWAY.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>--connection: the cluster's PostgreSQL connection string (finds gateways from membership).</summary>
    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "The cluster's PostgreSQL connection string; finds the live gateways itself. Env ECOTWIN_CONNECTION.",
    };

    /// <summary>--cluster-id: must match the silos' cluster id.</summary>
    public static readonly Option<string> ClusterId = new("--cluster-id")
    {
        Description = "The cluster id of the silos.",
        DefaultValueFactory = _ => "ecotwin",
    };

    /// <summary>Adds the options to <paramref name="command"/> and, recursively, its verbs.</summary>
    public static void AddTo(Command command)
    {
        foreach (var option in new Option[] { Gateway, Connection, ClusterId })
        {
            option.Recursive = true;
            command.Options.Add(option);
        }
    }

    /// <summary>Client options from the parsed command line and the environment.</summary>
    public static EcoTwinClientOptions Read(ParseResult parse)
    {
        var gateways = parse.GetValue(Gateway) is { Length: > 0 } given ? given
            : Environment.GetEnvironmentVariable("ECOTWIN_GATEWAY") is { Length: > 0 } env ? env.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [EcoTwinClientOptions.DefaultGateway];
        var clusterId = parse.GetValue(ClusterId) ?? "ecotwin";
        return new EcoTwinClientOptions
        {
            Gateways = gateways,
            ConnectionString = parse.GetValue(Connection) ?? Environment.GetEnvironmentVariable("ECOTWIN_CONNECTION"),
            ClusterId = clusterId,
            ServiceId = clusterId,
        };
    }
}
