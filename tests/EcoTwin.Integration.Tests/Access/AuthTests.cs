using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Access;

/// <summary>Sign-in: anonymous endpoints, password sessions, API keys, roles, and the audit log.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AuthTests(PostgresServer postgres)
{
    [Fact]
    public async Task Api_and_hub_need_sign_in_while_health_metrics_and_login_stay_anonymous()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        using var anonymous = new HttpClient { BaseAddress = silo.Http.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/stations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync("/api/devices/X1", new { kind = "station", password = "1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/hubs/twins/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/dashboard/")).StatusCode);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/dashboard/") { Headers = { { "Accept", "text/html,application/xhtml+xml" } } };
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = silo.Http.BaseAddress };
        var toSignIn = await noRedirects.SendAsync(page);
        Assert.Equal((HttpStatusCode.Redirect, "/?return=%2Fdashboard%2F"), (toSignIn.StatusCode, toSignIn.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { name = "nobody", password = "whatever1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new HttpClient { BaseAddress = silo.Http.BaseAddress, DefaultRequestHeaders = { Authorization = new("Bearer", "etk_000000000000_" + new string('a', 43)) } }.GetAsync("/api/stations")).StatusCode);
    }

    [Fact]
    public async Task Password_sign_in_gives_a_cookie_session_until_sign_out_and_the_password_is_stored_hashed()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        (await silo.Http.PostAsJsonAsync("/api/users", new { name = "wang", role = "operator", districts = new[] { "320402" }, password = "s3cret-pass" })).EnsureSuccessStatusCode();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = silo.Http.BaseAddress };

        var wrong = await browser.PostAsJsonAsync("/api/auth/login", new { name = "wang", password = "wrong-pass" });
        var login = await browser.PostAsJsonAsync("/api/auth/login", new { name = "wang", password = "s3cret-pass" });
        var me = await browser.GetFromJsonAsync<JsonElement>("/api/auth/me");
        await browser.PostAsync("/api/auth/logout", null);
        var after = await browser.GetAsync("/api/auth/me");
        var stored = (await Sql.ColumnAsync(database, "SELECT password_hash FROM users WHERE name = 'wang'"))[0];

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("operator", me.GetProperty("role").GetString());
        Assert.Equal("320402", me.GetProperty("districts")[0].GetString());
        Assert.Contains("actOnCases", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.DoesNotContain("s3cret-pass", stored, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", stored, StringComparison.Ordinal); // Identity's v3 PBKDF2 format
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_user_out()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        (await silo.Http.PostAsJsonAsync("/api/users", new { name = "li", role = "viewer", password = "s3cret-pass" })).EnsureSuccessStatusCode();
        using var browser = new HttpClient { BaseAddress = silo.Http.BaseAddress };

        for (var i = 0; i < 5; i++)
        {
            await browser.PostAsJsonAsync("/api/auth/login", new { name = "li", password = "guess-" + i });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.PostAsJsonAsync("/api/auth/login", new { name = "li", password = "s3cret-pass" })).StatusCode);
    }

    [Fact]
    public async Task Api_key_signs_a_script_in_is_stored_hashed_and_stops_working_when_revoked()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        var (script, key) = await Accounts.CreateAsync(silo, "script", "viewer");

        var me = await script.GetFromJsonAsync<JsonElement>("/api/auth/me");
        var id = (await Sql.ColumnAsync(database, "SELECT id FROM api_keys WHERE user_name = 'script'"))[0];
        var hash = (await Sql.ColumnAsync(database, "SELECT hash FROM api_keys WHERE user_name = 'script'"))[0];
        (await silo.Http.DeleteAsync($"/api/users/script/keys/{id}")).EnsureSuccessStatusCode();
        var revoked = await script.GetAsync("/api/auth/me");

        Assert.Equal("apiKey", me.GetProperty("method").GetString());
        Assert.DoesNotContain(hash, key, StringComparison.Ordinal);
        Assert.Equal(64, hash.Length);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task Roles_are_enforced_viewers_read_stewards_write_master_data_only_admins_manage_users()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var (viewer, _) = await Accounts.CreateAsync(silo, "viewer1", "viewer");
        var (steward, _) = await Accounts.CreateAsync(silo, "steward1", "steward");
        var (officer, _) = await Accounts.CreateAsync(silo, "officer1", "officer");
        var device = new { kind = "station", password = "123456" };

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/stations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync("/api/devices/320402AQ000301", device)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/devices/320402AQ000301", device)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await steward.PutAsJsonAsync("/api/devices/320402AQ000301", device)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.PostAsJsonAsync("/api/cases", new { title = "x", districtCode = "320402" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/users", new { name = "x", role = "admin" })).StatusCode);
    }

    [Fact]
    public async Task Writes_and_sign_ins_are_in_the_audit_log_with_who_and_from_where()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        var (steward, _) = await Accounts.CreateAsync(silo, "steward2", "steward");
        await steward.PutAsJsonAsync("/api/devices/320402AQ000302", new { kind = "station", password = "123456" });
        await new HttpClient { BaseAddress = silo.Http.BaseAddress }.PostAsJsonAsync("/api/auth/login", new { name = "steward2", password = "bad-password" });

        JsonElement entries = default;
        await Eventually.TrueAsync(async () =>
        {
            entries = (await silo.Http.GetFromJsonAsync<JsonElement>("/api/audit?pageSize=50")).GetProperty("items");
            return entries.EnumerateArray().Any(e => e.GetProperty("action").GetString() == "POST /api/auth/login");
        }, TimeSpan.FromSeconds(10), "the audit entries");

        var put = entries.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "PUT /api/devices/{mn}");
        var login = entries.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "POST /api/auth/login");
        Assert.Equal("steward2", put.GetProperty("userName").GetString());
        Assert.Equal("steward", put.GetProperty("role").GetString());
        Assert.Equal(201, put.GetProperty("status").GetInt32());
        Assert.Equal("127.0.0.1", put.GetProperty("remoteIp").GetString());
        Assert.Equal("steward2", login.GetProperty("userName").GetString());
        Assert.Equal(401, login.GetProperty("status").GetInt32());
        Assert.Contains(entries.EnumerateArray(), e => e.GetProperty("action").GetString() == "POST /api/users" && e.GetProperty("userName").GetString() == "bootstrap");
    }
}
