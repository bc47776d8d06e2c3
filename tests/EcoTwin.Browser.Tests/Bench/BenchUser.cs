using System.Net;
using System.Net.Http.Json;
using EcoTwin.Integration.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests.Bench;

/// <summary>The bench's browser user: an admin made through the API with the test silo's bootstrap key.</summary>
public static class BenchUser
{
    private const string Name = "bench";
    private const string Password = "bench-password-2026";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _made;

    /// <summary>Signs <paramref name="context"/> in (its session cookie), making the user first if needed.</summary>
    public static async Task SignInAsync(TestSilo silo, IBrowserContext context)
    {
        await Once.WaitAsync();
        try
        {
            if (!_made)
            {
                var made = await silo.Http.PostAsJsonAsync("/api/users", new { name = Name, displayName = "Bench", role = "admin", password = Password });
                if (made.StatusCode != HttpStatusCode.Conflict)
                {
                    made.EnsureSuccessStatusCode();
                }

                _made = true;
            }
        }
        finally
        {
            Once.Release();
        }

        var login = await context.APIRequest.PostAsync("/api/auth/login", new() { DataObject = new { name = Name, password = Password } });
        if (!login.Ok)
        {
            throw new InvalidOperationException($"bench sign-in: {login.Status} {await login.TextAsync()}");
        }
    }
}
