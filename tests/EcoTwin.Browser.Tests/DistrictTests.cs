using System.Text.Json;
using EcoTwin.Browser.Tests.Infrastructure;

namespace EcoTwin.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DistrictTests(BrowserCity city)
{
    [Fact]
    public async Task Districts_are_drawn_and_labelled_with_their_rolled_up_AQI_level()
    {
        var page = await city.OpenAsync("/map");
        await page.EvaluateAsync("() => window.__ecotwin.mapIdle");
        var withAqi = await page.WaitForFunctionAsync(
            "() => [...window.__ecotwin.twins.values()].find(t => t.kind === 'district' && t.aqiLevel)?.key", null, new() { Timeout = 20_000 });
        var code = await withAqi.JsonValueAsync<string>();
        var district = await page.EvaluateAsync<JsonElement>("id => window.__ecotwin.twin(id)", $"district/{code}");
        var level = district.GetProperty("aqiLevel").GetInt32().ToString();
        var label = page.Locator($".district-label[data-district-code='{code}'][data-aqi-level='{level}']");
        await label.WaitForAsync();

        Assert.Equal(city.City.Districts.Count, await page.Locator(".district-label").CountAsync());
        Assert.Contains(city.City.Districts.Single(d => d.Code == code).NameZh, await label.InnerTextAsync());
        await Screenshots.SaveAsync(page, "map-districts");
        await page.Context.CloseAsync();
    }
}
