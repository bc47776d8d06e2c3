using System.CommandLine;
using EcoTwin.Client.Api;

namespace EcoTwin.Cli.Commands;

/// <summary>The options of verbs that go through the REST API (import, demo seed).</summary>
public static class ApiOptions
{
    /// <summary>--api URL: the platform's web front; default ECOTWIN_API or http://localhost:5000.</summary>
    public static Option<string?> Address() => new("--api")
    {
        Description = $"The platform's REST API. Env ECOTWIN_API; default {EcoTwinApi.DefaultAddress}.",
    };

    /// <summary>--by NAME: who the changes are recorded as; default the login name.</summary>
    public static Option<string?> By() => new("--by")
    {
        Description = "Who makes the changes (kept in the enterprises' history); default the login name.",
    };

    /// <summary>The API client the parsed options ask for.</summary>
    /// <exception cref="UriFormatException">The address is not a URL.</exception>
    public static EcoTwinApi Client(ParseResult parse, Option<string?> address, Option<string?> by)
    {
        var url = parse.GetValue(address) is { Length: > 0 } given ? given
            : Environment.GetEnvironmentVariable("ECOTWIN_API") is { Length: > 0 } env ? env
            : EcoTwinApi.DefaultAddress;
        return new EcoTwinApi(url, parse.GetValue(by) ?? Environment.UserName);
    }
}
