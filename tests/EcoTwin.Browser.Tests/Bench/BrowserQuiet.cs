using System.Diagnostics;
using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests.Bench;

/// <summary>
/// Waits until the browser's own processes have settled, by the CPU time Chromium reports for them
/// (DevTools SystemInfo.getProcessInfo). A new browser window loads Chromium's own UI pages (the
/// omnibox popup is a WebUI page in a renderer of its own) for about a second of CPU time; on a
/// 2-core machine that would be counted against the page measured next.
/// </summary>
public static class BrowserQuiet
{
    /// <summary>
    /// Returns once the browser used under <paramref name="busyFraction"/> of one core over a
    /// <paramref name="window"/>, or after <paramref name="limit"/> (then it says so on the console).
    /// </summary>
    public static async Task WaitAsync(IBrowser browser, double busyFraction = 0.1, TimeSpan? window = null, TimeSpan? limit = null)
    {
        var span = window ?? TimeSpan.FromMilliseconds(300);
        var deadline = Stopwatch.StartNew();
        var session = await browser.NewBrowserCDPSessionAsync();
        try
        {
            var before = await CpuSecondsAsync(session);
            var clock = Stopwatch.StartNew();
            while (deadline.Elapsed < (limit ?? TimeSpan.FromSeconds(15)))
            {
                await Task.Delay(span);
                var now = await CpuSecondsAsync(session);
                var busy = (now - before) / clock.Elapsed.TotalSeconds;
                if (busy < busyFraction)
                {
                    return;
                }

                before = now;
                clock.Restart();
            }

            Console.WriteLine($"bench: the browser did not settle within {deadline.Elapsed.TotalSeconds:0} s");
        }
        finally
        {
            await session.DetachAsync();
        }
    }

    private static async Task<double> CpuSecondsAsync(ICDPSession session)
    {
        var info = await session.SendAsync("SystemInfo.getProcessInfo");
        return info!.Value.GetProperty("processInfo").EnumerateArray().Sum(process => process.GetProperty("cpuTime").GetDouble());
    }
}
