using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Cli;

/// <summary>`ecotwin user add`: the first admin straight into the database, with an API key that then works against the silo.</summary>
[Collection(PostgresCollection.Name)]
public sealed class UserCliTests(PostgresServer postgres)
{
    [Fact]
    public async Task User_add_creates_the_first_admin_in_a_fresh_database_and_prints_a_working_api_key()
    {
        var database = await postgres.CreateDatabaseAsync();

        var run = await Infrastructure.Cli.RunAsync(["user", "add", "admin1", "--role", "admin", "--password", "a-long-passphrase", "--api-key", "--connection", database]);
        await using var silo = await TestSilo.StartAsync(database);
        var key = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("apiKey").GetString()!;
        using var http = new HttpClient { BaseAddress = silo.Http.BaseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", key) } };
        var me = await http.GetFromJsonAsync<JsonElement>("/api/auth/me");
        var login = await new HttpClient { BaseAddress = silo.Http.BaseAddress }.PostAsJsonAsync("/api/auth/login", new { name = "admin1", password = "a-long-passphrase" });

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("admin", me.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("cli.user.add", await Sql.ColumnAsync(database, "SELECT action FROM audit_log"));
    }

    [Fact]
    public async Task User_add_refuses_bad_input_and_an_existing_user()
    {
        var database = await postgres.CreateDatabaseAsync();

        var badRole = await Infrastructure.Cli.RunAsync(["user", "add", "x1", "--role", "root", "--password", "a-long-passphrase", "--connection", database]);
        var nothing = await Infrastructure.Cli.RunAsync(["user", "add", "x2", "--role", "viewer", "--districts", "3204", "--connection", database]);
        var first = await Infrastructure.Cli.RunAsync(["user", "add", "x3", "--role", "officer", "--districts", "320402,320404", "--api-key", "--connection", database]);
        var again = await Infrastructure.Cli.RunAsync(["user", "add", "x3", "--role", "officer", "--api-key", "--connection", database]);

        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("'root' is not a role", badRole.Stderr);
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("--districts", nothing.Stderr);
        Assert.Contains("give --password or --api-key", nothing.Stderr);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["{320402,320404}"], await Sql.ColumnAsync(database, "SELECT districts::text FROM users WHERE name = 'x3'"));
        Assert.Equal(2, again.ExitCode);
    }
}
