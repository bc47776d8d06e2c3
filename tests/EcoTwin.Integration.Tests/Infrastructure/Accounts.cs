using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>Users of a test silo, made through the admin API, each with an HTTP client signed in with its own API key.</summary>
public static class Accounts
{
    /// <summary>Creates <paramref name="name"/> with <paramref name="role"/> (and districts) and returns a client with its API key, and the key.</summary>
    public static async Task<(HttpClient Http, string Key)> CreateAsync(TestSilo silo, string name, string role, params string[] districts)
    {
        (await silo.Http.PostAsJsonAsync("/api/users", new { name, role, districts, password = "correct horse 1" })).EnsureSuccessStatusCode();
        var created = await (await silo.Http.PostAsJsonAsync($"/api/users/{name}/keys", new { label = "test" })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        var key = created.GetProperty("key").GetString()!;
        return (new HttpClient { BaseAddress = silo.Http.BaseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", key) } }, key);
    }

    /// <summary>Registers an air station (and its device, uploading every <paramref name="interval"/> seconds) in <paramref name="district"/>.</summary>
    public static async Task StationAsync(TestSilo silo, string mn, string district, int interval = 30)
    {
        (await silo.Http.PutAsJsonAsync($"/api/devices/{mn}", new { kind = "station", password = "123456", realtimeInterval = interval })).EnsureSuccessStatusCode();
        (await silo.Http.PutAsJsonAsync($"/api/stations/{mn}", new
        {
            name = "站点 " + mn, kind = "air", location = new { lon = 119.95, lat = 31.75 }, districtCode = district, factors = new[] { "a34004" },
        })).EnsureSuccessStatusCode();
    }

    /// <summary>Registers a water outlet of <paramref name="enterprise"/> in <paramref name="district"/>.</summary>
    public static async Task OutletAsync(TestSilo silo, string mn, string enterprise, string district)
    {
        (await silo.Http.PutAsJsonAsync($"/api/sources/{mn}", new
        {
            enterpriseCode = enterprise, name = "排口 " + mn, medium = "water", location = new { lon = 119.95, lat = 31.75 }, districtCode = district,
            factors = new[] { "w01018" }, limits = new Dictionary<string, object>(),
        })).EnsureSuccessStatusCode();
    }
}
