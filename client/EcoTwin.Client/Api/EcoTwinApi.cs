using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcoTwin.Client.Api;

/// <summary>
/// The platform's REST API for scripts that write master data (import, demo seeding): PUTs that
/// say whether they created, updated or left a twin unchanged (201, 200, 204), or why they refused.
/// </summary>
public sealed class EcoTwinApi : IDisposable
{
    /// <summary>Where the API is by default.</summary>
    public const string DefaultAddress = "http://localhost:5000";

    /// <summary>The header naming who makes the changes (kept in the enterprises' history).</summary>
    public const string UserHeader = "X-EcoTwin-User";

    private readonly HttpClient _http;

    /// <summary>An API client for <paramref name="address"/> acting as <paramref name="user"/>.</summary>
    public EcoTwinApi(string address, string user)
    {
        _http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Add(UserHeader, Uri.EscapeDataString(user));
        _http.DefaultRequestHeaders.Authorization = ApiKey.FromEnvironment() is { } key ? new("Bearer", key) : null; // signed in with ECOTWIN_API_KEY
    }

    /// <summary>PUTs <paramref name="body"/> to <paramref name="path"/>.</summary>
    /// <exception cref="HttpRequestException">The API cannot be reached.</exception>
    public async Task<PutOutcome> PutAsync(string path, JsonNode body, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PutAsJsonAsync(path, body, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.Created => new PutOutcome(PutResult.Created),
            HttpStatusCode.OK => new PutOutcome(PutResult.Updated),
            HttpStatusCode.NoContent => new PutOutcome(PutResult.Unchanged),
            _ => new PutOutcome(PutResult.Rejected, await ReasonAsync(response, cancellationToken)),
        };
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    // "field: problem; field: problem" from a problem-details body, else the status and its detail.
    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            var problem = JsonNode.Parse(text);
            if (problem?["errors"] is JsonObject errors && errors.Count > 0)
            {
                return string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value!.AsArray().Select(m => m!.GetValue<string>()))}"));
            }

            return $"HTTP {(int)response.StatusCode}: {problem?["detail"] ?? problem?["title"]}";
        }
        catch (JsonException)
        {
            return $"HTTP {(int)response.StatusCode}: {text}";
        }
    }
}
