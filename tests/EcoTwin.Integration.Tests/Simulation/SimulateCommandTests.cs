using System.Text.Json;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Simulation;

[Collection(PostgresCollection.Name)]
public sealed class SimulateCommandTests(PostgresServer postgres)
{
    [Fact]
    public async Task Simulate_registers_sends_shows_progress_and_prints_a_summary_that_matches_the_raw_log()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);

        var run = await Infrastructure.Cli.RunAsync(["simulate", "--stations", "8", "--sources", "2", "--rate", "100", "--duration", "2s",
            "--gateway", $"127.0.0.1:{silo.DevicePort}", "--api", silo.Http.BaseAddress!.ToString(), "--seed", "3"]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var summary = JsonDocument.Parse(run.Stdout).RootElement;
        var sent = summary.GetProperty("sent").GetInt64();
        Assert.InRange(sent, 100, 200);
        Assert.Equal(sent, summary.GetProperty("acked").GetInt64());
        Assert.Equal((0, 0), (summary.GetProperty("rejected").GetInt64(), summary.GetProperty("reconnects").GetInt64()));
        Assert.True(summary.GetProperty("ackLatencyMs").GetProperty("p99").GetDouble() > 0);
        Assert.InRange(summary.GetProperty("durationSeconds").GetDouble(), 2, 20);
        Assert.Equal([sent.ToString(System.Globalization.CultureInfo.InvariantCulture)], await Sql.ColumnAsync(database, "SELECT count(*) FROM raw_log"));
        Assert.Equal(["10"], await Sql.ColumnAsync(database, "SELECT count(*) FROM devices"));
        Assert.Contains(" sent ", run.Stderr);
        await Eventually.TrueAsync( // the outlets were registered as twins too (their summaries are written behind)
            async () => (await Sql.ColumnAsync(database, "SELECT count(*) FROM twins WHERE kind = 'source'"))[0] == "2", TimeSpan.FromSeconds(10), "2 outlet twins");
    }

    [Theory]
    [InlineData(new[] { "simulate", "--duration", "10x" }, 2, "--duration: '10x' is not a duration")]
    [InlineData(new[] { "simulate", "--stations", "121", "--no-register" }, 2, "the demo city has 120 stations")]
    [InlineData(new[] { "simulate", "--gateway", "nohost", "--no-register" }, 2, "gateway 'nohost' is not host:port")]
    [InlineData(new[] { "simulate", "--rate", "0", "--no-register" }, 2, "the rate must be a positive number")]
    public async Task Bad_arguments_exit_2_with_a_message(string[] arguments, int exitCode, string message)
    {
        var run = await Infrastructure.Cli.RunAsync(arguments);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task No_gateway_listening_exits_3_with_the_reason()
    {
        var port = FreePorts.Take(1)[0];

        var run = await Infrastructure.Cli.RunAsync(["simulate", "--no-register", "--gateway", $"127.0.0.1:{port}", "--duration", "1s"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"no gateway accepted a connection (127.0.0.1:{port}): Connection refused", run.Stderr);
    }
}
