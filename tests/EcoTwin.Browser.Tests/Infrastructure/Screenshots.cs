using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests.Infrastructure;

/// <summary>Screenshots of each view, kept as test artifacts in TestResults/screenshots beside the project.</summary>
public static class Screenshots
{
    /// <summary>The folder (tests/EcoTwin.Browser.Tests/TestResults/screenshots; override with ECOTWIN_SCREENSHOTS).</summary>
    public static string Folder { get; } = Environment.GetEnvironmentVariable("ECOTWIN_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    /// <summary>Saves the page as <paramref name="name"/>.png and returns the path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        if (await page.IsVisibleAsync("section[data-view=map]"))
        {
            // The base map is drawn just after the twins; a picture of the map waits for it.
            await page.Locator("section[data-view=map][data-basemap=drawn], section[data-view=map][data-basemap=none]").WaitForAsync();
        }

        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }
}
