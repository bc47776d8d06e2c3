using System.Text;
using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests.Bench;

/// <summary>
/// A Chrome trace of the whole browser (every process and thread: page, map worker, GPU process),
/// with the page's milestones as User Timing marks; written as JSON for Perfetto or DevTools
/// (bench --trace true).
/// </summary>
public sealed class ChromeTrace
{
    private static readonly string[] Categories =
    [
        "__metadata", "toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute",
        "disabled-by-default-v8.cpu_profiler", "blink.user_timing", "gpu", "cc", "viz",
    ];

    private readonly ICDPSession _session;
    private readonly List<string> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromeTrace(ICDPSession session)
    {
        _session = session;
        session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            lock (_events)
            {
                _events.AddRange(data!.Value.GetProperty("value").EnumerateArray().Select(e => e.GetRawText()));
            }
        };
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    /// <summary>Starts tracing <paramref name="browser"/>.</summary>
    public static async Task<ChromeTrace> StartAsync(IBrowser browser)
    {
        var trace = new ChromeTrace(await browser.NewBrowserCDPSessionAsync());
        await trace._session.SendAsync("Tracing.start", new()
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = Categories },
        });
        return trace;
    }

    /// <summary>Stops tracing and writes the trace to <paramref name="file"/>.</summary>
    public async Task StopAsync(string file)
    {
        await _session.SendAsync("Tracing.end");
        await _complete.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await _session.DetachAsync();
        var json = new StringBuilder("[");
        lock (_events)
        {
            json.AppendJoin(",\n", _events);
        }

        await File.WriteAllTextAsync(file, json.Append(']').ToString());
    }
}
