using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace EcoTwin.Client;

/// <summary>
/// The API key a script signs in to the web front with: <c>Authorization: Bearer &lt;key&gt;</c>. Make one
/// with <c>ecotwin user add NAME --role ... --api-key</c> or <c>POST /api/auth/keys</c>.
/// </summary>
public static class ApiKey
{
    /// <summary>The environment variable holding the key.</summary>
    public const string EnvironmentVariable = "ECOTWIN_API_KEY";

    /// <summary>The key in <see cref="EnvironmentVariable"/>, or null.</summary>
    public static string? FromEnvironment() => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } key ? key : null;

    /// <summary>An HTTP client for the web front at <paramref name="api"/>, sending <paramref name="key"/> when given.</summary>
    public static HttpClient CreateClient(Uri api, string? key)
    {
        var http = new HttpClient { BaseAddress = api };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return http;
    }

    /// <summary>Sends <paramref name="key"/> on the hub connection (negotiation and WebSocket).</summary>
    public static void Apply(HttpConnectionOptions options, string? key)
    {
        if (key is not null)
        {
            options.Headers["Authorization"] = "Bearer " + key;
        }
    }
}
