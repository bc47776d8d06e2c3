using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests.Bench;

/// <summary>
/// A sampling CPU profile of a page's main thread (Chrome DevTools Protocol), summed by function:
/// where the first paint spends its time (bench --profile true).
/// </summary>
public sealed class MainThreadProfile(ICDPSession session)
{
    /// <summary>Starts profiling <paramref name="page"/> before it navigates.</summary>
    public static async Task<MainThreadProfile> StartAsync(IBrowserContext context, IPage page)
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("Profiler.enable");
        await session.SendAsync("Profiler.setSamplingInterval", new() { ["interval"] = 500 });
        await session.SendAsync("Profiler.start");
        return new MainThreadProfile(session);
    }

    /// <summary>Stops and returns the functions with the most self time.</summary>
    public async Task<string> StopAsync(int top = 30)
    {
        var result = await session.SendAsync("Profiler.stop");
        var profile = result!.Value.GetProperty("profile");
        var nodes = profile.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetInt32());
        var selfMicros = new Dictionary<int, double>();
        var samples = profile.GetProperty("samples").EnumerateArray().Select(s => s.GetInt32()).ToList();
        var deltas = profile.GetProperty("timeDeltas").EnumerateArray().Select(d => d.GetDouble()).ToList();
        for (var i = 0; i + 1 < samples.Count; i++)
        {
            selfMicros[samples[i]] = selfMicros.GetValueOrDefault(samples[i]) + deltas[i + 1];
        }

        var byFunction = selfMicros
            .GroupBy(pair => Describe(nodes[pair.Key].GetProperty("callFrame")))
            .Select(group => (Name: group.Key, Ms: group.Sum(pair => pair.Value) / 1000))
            .OrderByDescending(f => f.Ms)
            .ToList();
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"main thread profile: {byFunction.Sum(f => f.Ms):0} ms sampled\n"));
        foreach (var (name, ms) in byFunction.Take(top))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {ms,7:0.0} ms  {name}\n");
        }

        return text.ToString();
    }

    private static string Describe(JsonElement frame)
    {
        var name = frame.GetProperty("functionName").GetString();
        var url = frame.GetProperty("url").GetString() ?? "";
        var file = url.Length == 0 ? "" : url[(url.LastIndexOf('/') + 1)..];
        return $"{(string.IsNullOrEmpty(name) ? "(anonymous)" : name)} {file}:{frame.GetProperty("lineNumber").GetInt32() + 1}";
    }
}
