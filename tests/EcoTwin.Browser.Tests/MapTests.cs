using System.Diagnostics;
using System.Text.Json;
using EcoTwin.Browser.Tests.Infrastructure;

namespace EcoTwin.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MapTests(BrowserCity city)
{
    [Fact]
    public async Task Map_draws_every_seeded_station_and_outlet_with_its_level_colour()
    {
        var page = await city.OpenAsync("/map");
        await page.EvaluateAsync("() => window.__ecotwin.mapIdle");

        var drawn = await page.GetAttributeAsync("section[data-view=map]", "data-features");
        var station = city.Stations.First(s => s.Kind == "air" && s != city.AqiStation);
        var twin = await page.EvaluateAsync<JsonElement>("id => window.__ecotwin.twin(id)", $"station/{station.Code}");
        await Screenshots.SaveAsync(page, "map");

        Assert.Equal(city.Stations.Count + city.Sources.Count, int.Parse(drawn!));
        Assert.Equal(JsonValueKind.Number, twin.GetProperty("aqiLevel").ValueKind);
        // While loading, the map held its frames until the twins' tiles were in, not until its time limit.
        Assert.Equal("twins", await page.GetAttributeAsync("section[data-view=map]", "data-frame-hold"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Packet_to_the_gateway_recolours_the_station_on_the_map_and_in_its_panel_within_seconds()
    {
        var station = city.AqiStation;
        var id = $"station/{station.Code}";
        var page = await city.OpenAsync($"/map?focus={Uri.EscapeDataString(id)}");
        await page.EvaluateAsync("() => window.__ecotwin.mapIdle");
        await page.Locator($"aside[data-twin-id='{id}']").WaitForAsync();
        await page.WaitForFunctionAsync("id => window.__ecotwin.mapFeature(id)?.level === 1", id);

        var clock = Stopwatch.StartNew();
        await city.SendHourAsync(station, -1, pm25: 180m); // PM2.5 180 µg/m³: IAQI 230, level 5 (heavy)
        await page.WaitForFunctionAsync("id => window.__ecotwin.mapFeature(id)?.level === 5", id, new() { Timeout = 15_000 });
        var onMap = clock.Elapsed;
        await page.Locator($"aside[data-twin-id='{id}'][data-aqi-level='5']").WaitForAsync(new() { Timeout = 5_000 });
        await page.Locator("aside[data-twin-id] .hourly-aqi:has-text('230')").WaitForAsync(new() { Timeout = 5_000 }); // the live view follows
        await Screenshots.SaveAsync(page, "map-panel");

        Assert.True(onMap < TimeSpan.FromSeconds(8), $"the map showed the new level after {onMap.TotalMilliseconds:0} ms");
        Assert.Contains("AQI 230", await page.InnerTextAsync("[data-testid=panel-aqi]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_by_code_flies_to_the_outlet_and_opens_its_panel_with_live_values()
    {
        var source = city.Sources[0];
        var page = await city.OpenAsync("/map");
        await page.EvaluateAsync("() => window.__ecotwin.mapIdle");

        await page.FillAsync("[data-testid=map-search]", source.Mn);
        await page.ClickAsync($".search-results li[data-twin-id='source/{source.Mn}']");
        var panel = page.Locator($"aside[data-twin-id='source/{source.Mn}']");
        await panel.WaitForAsync();
        await page.Locator("aside[data-twin-id] tr[data-factor]").First.WaitForAsync();

        Assert.Equal(source.NameZh, await page.InnerTextAsync("[data-testid=panel-name]"));
        Assert.Equal(source.Factors.Count, await page.Locator("aside[data-twin-id] tr[data-factor]").CountAsync());
        await page.Context.CloseAsync();
    }
}
