using System.Diagnostics;
using System.Text;

namespace EcoTwin.Integration.Tests.Infrastructure;

/// <summary>
/// The real silo executable in a process (and process group) of its own, as an operator starts it.
/// SIGINT is reset to its default first, because a test run started in the background inherits it ignored.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, int httpPort)
    {
        _process = process;
        HttpPort = httpPort;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The silo's HTTP port on loopback.</summary>
    public int HttpPort { get; }

    /// <summary>The HJ 212 gateway's port on loopback.</summary>
    public int DevicePort { get; private init; }

    /// <summary>The process id, which is also its process-group id.</summary>
    public int Id => _process.Id;

    /// <summary>Everything the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the silo with <paramref name="environment"/> on free ports.</summary>
    public static SiloProcess Start(IDictionary<string, string> environment) => Start(environment, FreePorts.Take(4));

    /// <summary>
    /// Starts the silo with <paramref name="environment"/> on <paramref name="ports"/>: HTTP, silo, Orleans
    /// gateway, HJ 212 gateway (a restart reuses them).
    /// </summary>
    public static SiloProcess Start(IDictionary<string, string> environment, int[] ports)
    {
        var silo = Path.Combine(AppContext.BaseDirectory, "EcoTwin.Silo.dll");
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[] { "perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die $!", "dotnet", silo })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ConnectionStrings__EcoTwin");
        start.Environment["Urls"] = $"http://127.0.0.1:{ports[0]}";
        start.Environment["EcoTwin__Cluster__SiloPort"] = ports[1].ToString();
        start.Environment["EcoTwin__Cluster__GatewayPort"] = ports[2].ToString();
        start.Environment["EcoTwin__Gateway__Port"] = ports[3].ToString();
        start.Environment["EcoTwin__Gateway__ListenAddress"] = "127.0.0.1";
        start.Environment["EcoTwin__Auth__BootstrapAdminKey"] = TestSilo.AdminKey;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new SiloProcess(Process.Start(start)!, ports[0]) { DevicePort = ports[3] };
    }

    /// <summary>Sends SIGINT to the whole process group, as Ctrl+C in a terminal does.</summary>
    public void PressCtrlC()
    {
        using var kill = Process.Start("kill", ["-INT", "--", $"-{Id}"]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to exit; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>Kills the process group at once (SIGKILL): no shutdown, no flush, no checkpoint.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-KILL", "--", $"-{Id}"]);
            kill.WaitForExit();
            _process.WaitForExit();
        }
    }

    /// <summary>Kills the whole group if it is still running.</summary>
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>Whether a process with <paramref name="pid"/> runs (a zombie waiting to be reaped does not).</summary>
    public static bool IsAlive(int pid) => Stat(pid) is { } fields && fields[0] != "Z";

    /// <summary>Processes still in the group <paramref name="pgid"/>.</summary>
    public static IReadOnlyList<int> GroupMembers(int pgid) =>
        [.. Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(int.Parse!)
            .Where(pid => IsAlive(pid) && Stat(pid)?[2] == pgid.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The fields of /proc/pid/stat after the command name: state, ppid, pgrp, ...; null when gone.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            // "pid (comm) state ppid pgrp ..."; comm may hold spaces, so split after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
