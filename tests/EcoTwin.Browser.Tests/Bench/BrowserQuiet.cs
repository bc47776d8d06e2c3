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
    /// <summary>Quiet: the browser's processes together used under this fraction of one core over <see cref="Window"/>.</summary>
    private const double QuietFraction = 0.1;

    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>Returns once the browser is quiet, or after <see cref="Limit"/> (then it says so on the console).</summary>
    public static async Task WaitAsync(IBrowser browser)
    {
        var deadline = Stopwatch.StartNew();
        var session = await browser.NewBrowserCDPSessionAsync();
        try
        {
            var before = await CpuSecondsAsync(session);
            var clock = Stopwatch.StartNew();
            while (deadline.Elapsed < Limit)
            {
                await Task.Delay(Window);
                var now = await CpuSecondsAsync(session);
                if ((now - before) / clock.Elapsed.TotalSeconds < QuietFraction)
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
