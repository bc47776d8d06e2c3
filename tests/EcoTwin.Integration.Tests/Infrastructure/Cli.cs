using System.Diagnostics;

namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>Runs the real `ecotwin` tool as a process, as a script would.</summary>
public static class Cli
{
    /// <summary>ecotwin.dll in the CLI project's own output folder of the same configuration.</summary>
    public static string ToolPath { get; } = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "client", "EcoTwin.Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "ecotwin.dll"));

    /// <summary>What one run printed and returned.</summary>
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs `ecotwin` with <paramref name="arguments"/>, feeding <paramref name="stdin"/> if given.</summary>
    public static async Task<Run> RunAsync(IEnumerable<string> arguments, string? stdin = null)
    {
        using var process = Start(arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts `ecotwin` with <paramref name="arguments"/> and redirected streams, for verbs that keep running.</summary>
    public static Process Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment.TryAdd("ECOTWIN_API_KEY", TestSilo.AdminKey); // test silos (in process or not) accept it
        start.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
