using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using EcoTwin.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EcoTwin.Integration.Tests.Hosting;

/// <summary>The silo executable as an operator runs it: managed PostgreSQL, readiness, dashboard, Ctrl+C.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloProcessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Silo_on_managed_postgres_gets_ready_serves_the_dashboard_takes_users_made_by_the_cli_and_leaves_nothing_behind_on_ctrl_c()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ecotwin-tests", "process-" + Guid.NewGuid().ToString("N")[..8]);
        var clock = Stopwatch.StartNew();
        using var silo = SiloProcess.Start(new Dictionary<string, string> { ["EcoTwin__Database__DataFolder"] = folder });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.HttpPort}"), DefaultRequestHeaders = { Authorization = new("Bearer", TestSilo.AdminKey) } };

        await Eventually.TrueAsync(() => IsOkAsync(http, "/health/ready"), TimeSpan.FromSeconds(90), () => "/health/ready to answer 200\n" + silo.Output);
        output.WriteLine($"ready after {clock.Elapsed.TotalSeconds:0.0} s (includes initdb)");
        var dashboard = await http.GetAsync("/dashboard/");
        var postgresPid = int.Parse(File.ReadLines(Path.Combine(folder, "data", "postmaster.pid")).First());
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("<html", await dashboard.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.True(SiloProcess.IsAlive(postgresPid));

        // The first admin, made by the CLI in the running silo's own database (no connection string).
        var add = await Infrastructure.Cli.RunAsync(["user", "add", "first", "--role", "admin", "--password", "first-passphrase", "--data-folder", folder]);
        Assert.True(add.ExitCode == 0, add.Stderr);
        using var browser = new HttpClient { BaseAddress = http.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/auth/login", new { name = "first", password = "first-passphrase" })).StatusCode);

        silo.PressCtrlC();
        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{silo.Output}");
        Assert.False(SiloProcess.IsAlive(postgresPid), "managed PostgreSQL still running after Ctrl+C");
        Assert.Empty(SiloProcess.GroupMembers(silo.Id));
        Assert.Contains("Managed PostgreSQL on port", silo.Output);

        // With the silo stopped, the CLI starts the folder's server for the moment and stops it again.
        var offline = await Infrastructure.Cli.RunAsync(["user", "add", "second", "--role", "viewer", "--password", "second-passphrase", "--data-folder", folder]);
        Assert.True(offline.ExitCode == 0, offline.Stderr);
        Assert.False(File.Exists(Path.Combine(folder, "data", "postmaster.pid")), "the CLI left the managed PostgreSQL running");
    }

    [Fact]
    public async Task Silo_without_postgres_programs_exits_with_one_clear_message()
    {
        using var silo = SiloProcess.Start(new Dictionary<string, string>
        {
            ["EcoTwin__Database__DataFolder"] = Path.Combine(Path.GetTempPath(), "ecotwin-tests", "nobin-" + Guid.NewGuid().ToString("N")[..8]),
            ["EcoTwin__Database__BinFolder"] = "/nonexistent/postgresql/bin",
        });

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("PostgreSQL server programs (initdb, pg_ctl) were not found", silo.Output);
        Assert.DoesNotContain("   at ", silo.Output); // a message, not a stack trace
    }

    private static async Task<bool> IsOkAsync(HttpClient http, string path)
    {
        try
        {
            return (await http.GetAsync(path)).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
