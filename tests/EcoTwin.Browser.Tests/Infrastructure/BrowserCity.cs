using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;
using EcoTwin.Silo.Demo;
using EcoTwin.Web.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests.Infrastructure;

/// <summary>
/// One run's world for the browser tests: PostgreSQL, a real silo on free ports that seeds the whole demo
/// city itself (its --demo switch: districts, enterprises, stations, outlets), readings sent to its HJ 212
/// gateway, and one headless Chromium. Each test opens its own browser context (fresh storage) on it.
/// </summary>
public sealed class BrowserCity : IAsyncLifetime
{
    private readonly PostgresServer _postgres = new();
    private IPlaywright? _playwright;

    public TestSilo Silo { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public CitySeeder Seeder { get; private set; } = null!;

    public DemoCity City { get; } = DemoCity.Generate();

    public IReadOnlyList<DemoStation> Stations { get; private set; } = [];

    public IReadOnlyList<DemoSource> Sources { get; private set; } = [];

    /// <summary>An air station fed only with clean air two hours ago (AQI level 1): tests send it a newer hour.</summary>
    public DemoStation AqiStation => Stations.First(s => s.Kind == "air");

    /// <summary>The silo's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => Silo.Http.BaseAddress!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        Silo = await TestSilo.StartAsync(await _postgres.CreateDatabaseAsync(), settings: new Dictionary<string, string?> { [DemoHostingExtensions.EnabledKey] = "true", [DemoSimulatorRunner.RateKey] = "0" }); // the tests send every reading themselves
        Seeder = new CitySeeder(Silo.Http, Silo.DevicePort, City);
        Stations = City.Stations;
        Sources = City.Sources;
        var launch = Chromium.LaunchAsync();
        await Silo.Services.GetRequiredService<DemoSeeder>().Seeded.WaitAsync(TimeSpan.FromSeconds(120));
        await Seeder.FeedAsync(Stations.Where(s => s != AqiStation), Sources);
        await SendHourAsync(AqiStation, -2, pm25: 20m);
        (_playwright, Browser) = await launch;
    }

    /// <summary>Sends <paramref name="station"/> the hourly averages of the hour <paramref name="hoursAgo"/> (negative) with low values but PM2.5 = <paramref name="pm25"/>.</summary>
    public Task SendHourAsync(DemoStation station, int hoursAgo, decimal pm25)
    {
        var now = CitySeeder.CityNow();
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0).AddHours(hoursAgo);
        var items = station.Factors.SelectMany(f => new[]
        {
            Hj212CpItem.Of(f, "Avg", f == "a34004" ? pm25 : f == "a21005" ? 0.4m : 10m),
            Hj212CpItem.Of(f, "Flag", "N"),
        });
        return Seeder.SendAsync(Hj212Uploads.Hourly(now, "22", station.Password, station.Code, hour, items));
    }

    /// <summary>
    /// A new page in a fresh context signed in as the demo admin (the session cookie from
    /// POST /api/auth/login), at <paramref name="path"/>, with the UI's snapshot applied.
    /// </summary>
    public async Task<IPage> OpenAsync(string path, string? locale = null)
    {
        var page = await NewPageAsync(locale);
        var login = await page.Context.APIRequest.PostAsync("/api/auth/login", new() { DataObject = new { name = AuthStartup.DemoUser, password = new AuthOptions().DemoPassword } });
        Assert.True(login.Ok, $"demo sign-in: {login.Status}");
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.__ecotwin !== undefined");
        await page.EvaluateAsync("() => window.__ecotwin.ready");
        return page;
    }

    /// <summary>A blank page in a fresh context (fresh storage, no session).</summary>
    public async Task<IPage> NewPageAsync(string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 900 },
            Locale = locale ?? "zh-CN",
            TimezoneId = "Asia/Shanghai",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                Console.WriteLine($"[browser] {message.Text}");
            }
        };
        return page;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}

/// <summary>Every browser test shares the run's one seeded city and browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserCity>
{
    /// <summary>The collection name.</summary>
    public const string Name = "browser";
}
