namespace EcoTwin.Bench;

/// <summary>The machine's load average (1, 5, 15 minutes), from /proc/loadavg.</summary>
public static class LoadAverage
{
    /// <summary>"1.20 0.85 0.60", or "n/a" where /proc/loadavg does not exist.</summary>
    public static string Read() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
