using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests.Infrastructure;

/// <summary>Debian's Chromium, headless, driven by Playwright's bundled driver (no browser download).</summary>
public static class Chromium
{
    /// <summary>The browser executable (override with ECOTWIN_CHROMIUM).</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("ECOTWIN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Launches a fresh headless browser (Playwright gives each launch a new temporary profile folder).</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: run deploy/prerequisites.sh (apt-get install chromium) or set ECOTWIN_CHROMIUM.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync",
                "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--ignore-gpu-blocklist",
            ],
        });
        return (playwright, browser);
    }
}
