using Xunit.Abstractions;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// What a fault test tried and saw, line by line: to the test output, and appended to the file
/// named by <c>ECOTWIN_FAULTS_REPORT</c> when set (tests/faults prints that file at the end).
/// </summary>
public sealed class FaultReport(ITestOutputHelper output, string title)
{
    /// <summary>The environment variable naming the report file.</summary>
    public const string Variable = "ECOTWIN_FAULTS_REPORT";

    private static readonly Lock FileLock = new();
    private readonly List<string> _lines = [$"## {title} ({FaultScale.Current.Name})", string.Empty];
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly List<Func<string>> _diagnostics = [];

    /// <summary>Adds what to show in the test output when the test fails (e.g. the silos' logs).</summary>
    public void OnFailureShow(Func<string> diagnostics) => _diagnostics.Add(diagnostics);

    /// <summary>Adds a line, stamped with the seconds since the test began.</summary>
    public void Line(string text)
    {
        var line = $"[{(DateTime.UtcNow - _started).TotalSeconds,6:0.0}s] {text}";
        lock (_lines)
        {
            _lines.Add(line);
        }

        output.WriteLine(line);
    }

    /// <summary>Runs the test's <paramref name="body"/> and saves the report with its outcome, passed or failed.</summary>
    public async Task RunAsync(Func<Task> body)
    {
        try
        {
            await body();
            Save("PASSED");
        }
        catch (Exception ex)
        {
            Save($"FAILED: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            foreach (var diagnostics in _diagnostics)
            {
                output.WriteLine(diagnostics());
            }
            throw;
        }
    }

    private void Save(string outcome)
    {
        Line(outcome);
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } path)
        {
            return;
        }

        lock (FileLock)
        {
            lock (_lines)
            {
                File.AppendAllLines(path, [.. _lines, string.Empty]);
            }
        }
    }
}
