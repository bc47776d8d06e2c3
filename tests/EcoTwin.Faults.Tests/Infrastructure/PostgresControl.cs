using System.Diagnostics;
using System.Globalization;
using EcoTwin.Storage.Postgres;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// Stops and starts a managed PostgreSQL instance behind its users' backs with pg_ctl, as an
/// operator or a crash would (as the <c>postgres</c> user when the run is root, as the platform does).
/// </summary>
/// <param name="folder">The managed instance's folder (data/, run/).</param>
/// <param name="port">The loopback port it listens on; kept across restarts so connection strings stay valid.</param>
public sealed class PostgresControl(string folder, int port)
{
    private readonly string _pgCtl = (PostgresBinaries.Find(null) ?? throw new InvalidOperationException(PostgresBinaries.NotFoundMessage)).PgCtl;

    private string Data => Path.Combine(folder, "data");

    private string Sockets => Path.Combine(folder, "run");

    /// <summary>Stops the server: immediate mode drops every session at once, as a crash of the database host would.</summary>
    public Task StopAsync(bool immediate = false) => RunAsync("stop", "-D", Data, "-m", immediate ? "immediate" : "fast", "-w", "-t", "60");

    /// <summary>Starts the server again on the same port; this process's pooled connections to the old one are dropped.</summary>
    public async Task StartAsync()
    {
        await RunAsync(
            "start", "-D", Data, "-l", Path.Combine(Sockets, "postgres.log"), "-w", "-t", "120",
            "-o", string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses=127.0.0.1 -p {port} -k {Sockets} -c max_connections=300"));
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Whether the server runs.</summary>
    public async Task<bool> IsRunningAsync() => (await ExecAsync("status", "-D", Data)).ExitCode == 0;

    private async Task RunAsync(params string[] arguments)
    {
        var (exitCode, output) = await ExecAsync(arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"pg_ctl {arguments[0]} failed ({exitCode}): {output}");
        }
    }

    private async Task<(int ExitCode, string Output)> ExecAsync(params string[] arguments)
    {
        var root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root ? "runuser" : _pgCtl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (root ? ["-u", "postgres", "--", _pgCtl] : Array.Empty<string>()).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        // pg_ctl start leaves the server holding the inherited pipes: wait for pg_ctl, then take what is there.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        var output = await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(2))) is Task<string[]> both && both.IsCompleted
            ? string.Concat(both.Result)
            : string.Empty;
        return (process.ExitCode, output.Trim());
    }
}
