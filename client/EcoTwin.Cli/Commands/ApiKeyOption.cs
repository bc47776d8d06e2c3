using System.CommandLine;

namespace EcoTwin.Cli.Commands;

/// <summary>--api-key: the API key HTTP verbs sign in with (<c>Authorization: Bearer</c>).</summary>
public static class ApiKeyOption
{
    /// <summary>--api-key KEY; default ECOTWIN_API_KEY.</summary>
    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = "The API key to sign in with (etk_...). Env ECOTWIN_API_KEY.",
        Recursive = true,
    };

    /// <summary>The key from the command line or the environment; null when neither gives one.</summary>
    public static string? Read(ParseResult parse) => parse.GetValue(ApiKey) ?? Client.ApiKey.FromEnvironment();

    /// <summary>An HTTP client for the web front of <paramref name="parse"/>, signed in with its key.</summary>
    public static HttpClient CreateClient(ParseResult parse) => Client.ApiKey.CreateClient(ApiOption.Read(parse), Read(parse));
}
