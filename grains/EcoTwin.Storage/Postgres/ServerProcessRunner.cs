using System.Diagnostics;
using System.Runtime.InteropServices;

namespace EcoTwin.Storage.Postgres;

/// <summary>
/// Runs the PostgreSQL programs. PostgreSQL refuses to run as root, so when this process is root the
/// programs run as the <c>postgres</c> system user through runuser.
/// </summary>
internal static class ServerProcessRunner
{
    /// <summary>The system user the server runs as when this process is root.</summary>
    public const string ServerUser = "postgres";

    /// <summary>Whether this process runs as root.</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    /// <summary>Runs a program to completion and returns its exit code and combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in new[] { "-u", ServerUser, "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        // pg_ctl start leaves the server holding inherited pipes; read until the program itself exits.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await WhenExitedAsync(stdout) + await WhenExitedAsync(stderr);
        return (process.ExitCode, output.Trim());
    }

    /// <summary>Hands a file or folder to the server user when this process is root.</summary>
    public static void GiveToServerUser(string path)
    {
        if (!IsRoot)
        {
            return;
        }

        using var chown = Process.Start("chown", ["-R", $"{ServerUser}:", path])
            ?? throw new InvalidOperationException("Could not start chown.");
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown -R {ServerUser} {path} failed with exit code {chown.ExitCode}.");
        }
    }

    private static async Task<string> WhenExitedAsync(Task<string> read)
    {
        // The daemonised server keeps the pipe open; do not wait for it beyond a moment.
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(2)));
        return finished == read ? await read : string.Empty;
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
