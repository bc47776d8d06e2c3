using System.CommandLine;

namespace EcoTwin.Cli.Commands;

/// <summary>--api: the base URL of a silo's web front, for verbs that use HTTP or the live hub.</summary>
public static class ApiOption
{
    /// <summary>The default web front.</summary>
    public const string DefaultApi = "http://localhost:5000";

    /// <summary>--api URL; default ECOTWIN_API or http://localhost:5000.</summary>
    public static readonly Option<string?> Api = new("--api")
    {
        Description = "The silo's web front (base URL). Env ECOTWIN_API; default http://localhost:5000.",
    };

    /// <summary>The web front's URL from the command line or the environment.</summary>
    public static Uri Read(ParseResult parse) =>
        new(parse.GetValue(Api) ?? Environment.GetEnvironmentVariable("ECOTWIN_API") ?? DefaultApi);
}
