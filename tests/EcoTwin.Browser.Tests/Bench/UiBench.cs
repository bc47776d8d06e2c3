using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EcoTwin.Browser.Tests.Infrastructure;
using EcoTwin.Domain.Demo;
using EcoTwin.Integration.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests.Bench;

/// <summary>
/// The UI benchmark (a command, not a test): a real silo on its own PostgreSQL, the demo districts and real demo devices
/// registered through the API, the twins table filled up to --twins with synthetic summaries; then
/// (1) the map's first paint with all twins, in fresh pages, and (2) reading-in → browser-updated
/// latency with --clients pages open while a simulator sends --rate packets/s for --seconds.
/// </summary>
public static class UiBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        Console.WriteLine($"bench: {options}");
        var city = DemoCity.Generate();
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        var silo = await TestSilo.StartAsync(connectionString);
        var report = new StringBuilder();
        try
        {
            var stations = city.Stations.Take(options.Devices).ToList();
            var sources = city.Sources.Take(Math.Max(0, options.Devices - stations.Count)).ToList();
            var seeder = new CitySeeder(silo.Http, silo.DevicePort, city);
            var clock = Stopwatch.StartNew();
            await seeder.RegisterDistrictsAsync();
            await seeder.RegisterAsync(stations, sources);
            await seeder.FeedAsync(stations, sources);
            await SyntheticTwins.InsertAsync(connectionString, city, options.Twins - stations.Count - sources.Count);
            var snapshot = await silo.Http.GetStringAsync("/api/twins/snapshot");
            // The map draws stations and outlets; the snapshot also holds roll-ups (districts, the city).
            var total = JsonDocument.Parse(snapshot).RootElement.GetProperty("items").EnumerateArray()
                .Count(item => item.GetProperty("kind").GetString() is "station" or "source");
            Console.WriteLine($"bench: seeded {stations.Count + sources.Count} real devices + synthetic = {total} twins in {clock.Elapsed.TotalSeconds:0.0} s (snapshot {snapshot.Length / 1024} KiB)");
            var serverTimes = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                clock.Restart();
                await silo.Http.GetStringAsync("/api/twins/snapshot");
                serverTimes.Add(clock.Elapsed.TotalMilliseconds);
            }

            var serverSnapshot = $"GET /api/twins/snapshot from .NET: median {Median(serverTimes):0} ms ({string.Join(", ", serverTimes.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))})";
            Console.WriteLine($"bench: {serverSnapshot}");

            var (playwright, browser) = await Chromium.LaunchAsync();
            using (playwright)
            await using (browser)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"# EcoTwin UI bench ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores)");
                report.AppendLine(CultureInfo.InvariantCulture, $"twins: {total}; real devices: {stations.Count + sources.Count}; browsers: {options.Clients}; .NET live feeds: {options.Feeds}; load: {options.Rate} packets/s for {options.Seconds} s after {options.Warmup} s not counted");
                report.AppendLine(serverSnapshot);
                await FirstPaintAsync(browser, silo, total, options, report);
                await LatencyAsync(browser, silo, stations, sources, options, report);
            }
        }
        finally
        {
            await silo.DisposeAsync();
            await postgres.DisposeAsync();
        }

        Console.WriteLine();
        Console.WriteLine(report);
        var file = Path.Combine(Screenshots.Folder, "..", "bench.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report.ToString());
        Console.WriteLine($"bench: report written to {Path.GetFullPath(file)}");
        return 0;
    }

    private static async Task FirstPaintAsync(IBrowser browser, TestSilo silo, int total, Options options, StringBuilder report)
    {
        var runs = new Dictionary<bool, List<JsonElement>> { [true] = [], [false] = [] };
        for (var run = -1; run < options.PaintRuns; run++)
        {
            // Run -1 warms the server (JIT, pools) and is not counted. Every run has a fresh browser context
            // (no cache), once in a new tab of an open browser window and once in a new window.
            foreach (var openWindow in new[] { true, false })
            {
                var first = run == 0 && openWindow;
                var timings = await FirstPaintRunAsync(browser, silo, openWindow, first ? options : null);
                Console.WriteLine($"bench: first paint run {run + 1} ({(openWindow ? "open window" : "new window")}): {timings.GetProperty("all").GetString()}");
                var features = timings.GetProperty("features").GetInt32();
                if (features != total)
                {
                    throw new InvalidOperationException($"the map drew {features} twins, the snapshot has {total}");
                }

                if (run >= 0)
                {
                    runs[openWindow].Add(timings);
                }
            }
        }

        report.AppendLine();
        report.AppendLine("## Map first paint (navigation start → all twins drawn from the exact state, map idle; fresh browser context each run, warm server)");
        foreach (var (openWindow, timings) in runs)
        {
            report.AppendLine(openWindow
                ? "In a new tab of an open browser window (as an operator opens it; the browser's own window start-up has settled):"
                : "In a new browser window (Chromium also loads its own window UI, about 1 s of CPU on these 2 cores):");
            report.AppendLine(Summary("twins in the page (first snapshot applied)", timings, "snapshot"));
            report.AppendLine(Summary("first paint (all twins drawn, map idle)", timings, "idle"));
            report.AppendLine(Summary("then the base map (water, roads) drawn under them", timings, "basemap"));
        }
    }

    /// <summary>
    /// Opens the map in a fresh context and returns its milestones; <paramref name="first"/> (the first
    /// counted run) also takes the screenshot, and the profile or trace when asked for.
    /// </summary>
    private static async Task<JsonElement> FirstPaintRunAsync(IBrowser browser, TestSilo silo, bool openWindow, Options? first)
    {
        var context = await NewContextAsync(browser, silo);
        try
        {
            if (openWindow)
            {
                await context.NewPageAsync();
                await BrowserQuiet.WaitAsync(browser);
            }

            var page = await context.NewPageAsync();
            var profiler = first?.Profile == true ? await MainThreadProfile.StartAsync(context, page) : null;
            var trace = first?.Trace == true ? await ChromeTrace.StartAsync(browser) : null;
            await page.GotoAsync("/map");
            await page.WaitForFunctionAsync("() => window.__ecotwin !== undefined");
            await page.EvaluateAsync("() => window.__ecotwin.mapIdle");
            await page.Locator("section[data-view=map][data-basemap=drawn]").WaitForAsync();
            if (trace is not null)
            {
                var file = Path.GetFullPath(Path.Combine(Screenshots.Folder, "..", "first-paint-trace.json"));
                await trace.StopAsync(file);
                Console.WriteLine($"bench: Chrome trace of the first run written to {file} (open it in Perfetto or DevTools)");
            }

            if (profiler is not null)
            {
                Console.WriteLine(await profiler.StopAsync());
            }

            if (first is not null)
            {
                await Screenshots.SaveAsync(page, "bench-map-10000");
            }

            return await page.EvaluateAsync<JsonElement>("() => ({ snapshot: window.__ecotwin.timings.snapshotApplied, idle: window.__ecotwin.timings.mapIdle, basemap: window.__ecotwin.timings.basemapDrawn, features: +document.querySelector('section[data-view=map]').dataset.features, all: JSON.stringify(window.__ecotwin.timings) + ' snapshot request: ' + JSON.stringify(performance.getEntriesByType('resource').filter(e => e.name.includes('/api/twins/snapshot')).map(e => ({ start: Math.round(e.startTime), firstByte: Math.round(e.responseStart), end: Math.round(e.responseEnd) }))) })");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Summary(string what, List<JsonElement> runs, string milestone)
    {
        var values = runs.Select(run => run.GetProperty(milestone).GetDouble()).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"- {what}: median {Median(values):0} ms ({string.Join(", ", values.Select(x => x.ToString("0", CultureInfo.InvariantCulture)))})");
    }

    private static async Task LatencyAsync(IBrowser browser, TestSilo silo, List<DemoStation> stations, List<DemoSource> sources, Options options, StringBuilder report)
    {
        var pages = new List<IPage>();
        for (var i = 0; i < options.Clients; i++)
        {
            var context = await NewContextAsync(browser, silo);
            var page = await context.NewPageAsync();
            await page.GotoAsync(i < options.MapPages ? "/map" : "/" + options.View);
            await page.WaitForFunctionAsync("() => window.__ecotwin !== undefined");
            await page.EvaluateAsync("() => window.__ecotwin.ready");
            if (i < options.MapPages)
            {
                // The page has loaded when the base map is drawn under the twins, as in the first-paint runs.
                await page.EvaluateAsync("() => window.__ecotwin.mapIdle");
                await page.Locator("section[data-view=map][data-basemap=drawn]").WaitForAsync();
            }

            await page.EvaluateAsync("() => { window.__ecotwin.trace = []; }");
            pages.Add(page);
        }

        var simulator = new LoadSimulator(silo.DevicePort);
        var devices = LoadSimulator.Devices(stations, sources);
        var factors = devices.ToDictionary(d => d.Id, d => d.Factor);
        await using var feeds = await FeedClients.StartAsync(silo, options.Feeds, simulator, factors);
        Console.WriteLine($"bench: {pages.Count} browsers and {options.Feeds} .NET live feeds connected; sending {options.Rate}/s for {options.Seconds} s");
        // The first --warmup seconds are sent but not counted: the clients' first snapshots, JIT and pools settle.
        var measureFrom = DateTimeOffset.UtcNow.AddSeconds(options.Warmup).ToUnixTimeMilliseconds();
        feeds.CountFrom(measureFrom);
        var sent = await simulator.RunAsync(devices, options.Rate, TimeSpan.FromSeconds(options.Warmup + options.Seconds));
        await Task.Delay(TimeSpan.FromSeconds(3)); // let the last packets arrive before the traces are read

        var latencies = new List<double>();
        var serverParts = new List<double>();
        var twinParts = new List<double>();
        var browserParts = new List<double>();
        var perClientSeen = new List<int>();
        var csv = new StringBuilder("client,sent_unix_ms,twin_evaluated_ms,received_ms,rendered_ms\n");
        foreach (var (page, client) in pages.Select((page, client) => (page, client)))
        {
            var trace = await page.EvaluateAsync<JsonElement>("() => window.__ecotwin.trace");
            var seen = 0;
            foreach (var entry in trace.EnumerateArray())
            {
                var id = entry[0].GetString()!;
                if (!factors.TryGetValue(id, out var factor) || !entry[1].TryGetProperty(factor, out var valueElement))
                {
                    continue;
                }

                if (simulator.SentAt.TryGetValue((id, Math.Round(valueElement.GetDouble(), 2)), out var sentAt) && sentAt >= measureFrom)
                {
                    latencies.Add(entry[2].GetDouble() - sentAt);
                    serverParts.Add(entry[3].GetDouble() - sentAt);
                    twinParts.Add(entry[4].GetDouble() - sentAt);
                    browserParts.Add(entry[2].GetDouble() - entry[3].GetDouble());
                    csv.Append(CultureInfo.InvariantCulture, $"{client},{sentAt:0},{entry[4].GetDouble() - sentAt:0},{entry[3].GetDouble() - sentAt:0},{entry[2].GetDouble() - sentAt:0}\n");
                    seen++;
                }
            }

            perClientSeen.Add(seen);
        }

        // Each (client, reading) in send order: where in the run the slow ones were.
        await File.WriteAllTextAsync(Path.Combine(Screenshots.Folder, "..", "latency.csv"), csv.ToString());
        latencies.Sort();
        serverParts.Sort();
        twinParts.Sort();
        browserParts.Sort();
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"## Reading in → browser updated ({options.Clients + options.Feeds} clients: {options.Clients} browsers ({options.MapPages} map, {options.Clients - options.MapPages} {options.View}) and {options.Feeds} .NET live feeds of the city group)");
        report.AppendLine(CultureInfo.InvariantCulture, $"packets sent: {sent} over {devices.Count} devices; readings shown per client: min {perClientSeen.Min()}, max {perClientSeen.Max()} (the hub coalesces to the newest value per twin)");
        report.AppendLine(CultureInfo.InvariantCulture, $"latency over {latencies.Count} (client, reading) pairs: p50 {Percentile(latencies, 0.50):0} ms, p90 {Percentile(latencies, 0.90):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies.LastOrDefault():0} ms");
        report.AppendLine(CultureInfo.InvariantCulture, $"- of which gateway → hub message received in the page: p50 {Percentile(serverParts, 0.50):0} ms, p90 {Percentile(serverParts, 0.90):0} ms, p99 {Percentile(serverParts, 0.99):0} ms (the change feed flushes every 50 ms; a twin at most twice at once, four times a second)");
        report.AppendLine(CultureInfo.InvariantCulture, $"- of which gateway → twin evaluated (the summary's version time): p50 {Percentile(twinParts, 0.50):0} ms, p90 {Percentile(twinParts, 0.90):0} ms, p99 {Percentile(twinParts, 0.99):0} ms");
        if (options.Feeds > 0)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- the {options.Feeds} .NET live feeds at the same time: {feeds.Describe()}");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"- of which received → rendered (store applied, views updated in the next animation frame): p50 {Percentile(browserParts, 0.50):0} ms, p99 {Percentile(browserParts, 0.99):0} ms");
    }

    /// <summary>A context signed in as the bench's admin user (made once with the test silo's bootstrap key).</summary>
    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, TestSilo silo)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = silo.Http.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = 1600, Height = 900 },
            TimezoneId = "Asia/Shanghai",
        });
        await BenchUser.SignInAsync(silo, context);
        return context;
    }

    private static double Median(List<double> values) => Percentile([.. values.Order()], 0.5);

    /// <summary>The value at fraction <paramref name="p"/> of <paramref name="sorted"/> (NaN when empty).</summary>
    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed record Options(int Twins, int Clients, int Feeds, int MapPages, int Devices, int Seconds, int Warmup, int Rate, int PaintRuns, string View = "table", bool Profile = false, bool Trace = false)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options(10_000, 1, 19, 1, 300, 30, 5, 200, 5);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                if (args[i] == "--profile")
                {
                    options = options with { Profile = args[i + 1] == "true" };
                    continue;
                }

                if (args[i] == "--trace")
                {
                    options = options with { Trace = args[i + 1] == "true" };
                    continue;
                }

                if (args[i] == "--view")
                {
                    options = options with { View = args[i + 1] is "table" or "flow" or "map" ? args[i + 1] : throw new ArgumentException("--view is table, flow or map") };
                    continue;
                }

                var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                options = args[i] switch
                {
                    "--twins" => options with { Twins = value },
                    "--clients" => options with { Clients = value },
                    "--feeds" => options with { Feeds = value },
                    "--map-pages" => options with { MapPages = value },
                    "--devices" => options with { Devices = value },
                    "--seconds" => options with { Seconds = value },
                    "--warmup" => options with { Warmup = value },
                    "--rate" => options with { Rate = value },
                    "--paint-runs" => options with { PaintRuns = value },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }

            return options;
        }
    }
}
