using EcoTwin.Browser.Tests.Infrastructure;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserCity city)
{
    [Fact]
    public async Task Language_switch_turns_the_UI_English_and_is_remembered_after_a_reload()
    {
        var page = await city.OpenAsync("/table");
        Assert.Equal("列表", await page.InnerTextAsync("header.top a[data-view=table]"));

        await page.ClickAsync("[data-testid=lang-switch]");
        Assert.Equal("Table", await page.InnerTextAsync("header.top a[data-view=table]"));
        Assert.Equal("Status", await page.InnerTextAsync(".th[data-col=status]"));

        await page.ReloadAsync();
        await page.EvaluateAsync("() => window.__ecotwin.ready");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Map", await page.InnerTextAsync("header.top a[data-view=map]"));
        await page.ClickAsync("header.top a[data-view=map]");
        await page.EvaluateAsync("() => window.__ecotwin.mapIdle");
        await Screenshots.SaveAsync(page, "map-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Header_shows_the_live_connection_the_city_AQI_and_the_counts()
    {
        var page = await city.OpenAsync("/map");
        await page.Locator("[data-testid=connection][data-state=connected]").WaitForAsync();
        var devices = city.Stations.Count + city.Sources.Count;
        await page.WaitForFunctionAsync("n => +document.querySelector('[data-testid=count-online]').textContent + +document.querySelector('[data-testid=count-offline]').textContent === n", devices);

        Assert.Matches("^[0-9]+$", await page.InnerTextAsync("[data-testid=city-aqi]"));
        Assert.Matches(@"\d{2}:\d{2}:\d{2}", await page.InnerTextAsync("[data-testid=clock]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Flow_board_shows_a_new_alarm_as_a_card_in_raised_without_a_reload()
    {
        var station = city.Stations.Where(s => s.Kind == "air").ElementAt(3);
        var page = await city.OpenAsync("/flow");
        await page.WaitForFunctionAsync("() => window.__ecotwin.flowLoads > 0");
        Assert.Equal(0, await page.Locator($".board-column[data-state=raised] [data-twin-id='station/{station.Code}']").CountAsync());

        var now = CitySeeder.CityNow();
        await city.Seeder.SendAsync(Hj212Uploads.RealTime(now, "22", station.Password, station.Code, now,
            [Hj212CpItem.Of("a34004", "Rtd", 40m), Hj212CpItem.Of("a34004", "Flag", "D")])); // D: device fault

        var card = page.Locator($".board-column[data-state=raised] [data-twin-id='station/{station.Code}']");
        try
        {
            await card.WaitForAsync(new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            var twin = await page.EvaluateAsync<System.Text.Json.JsonElement>("id => window.__ecotwin.twin(id)", $"station/{station.Code}");
            var alarms = await city.Silo.Http.GetStringAsync("/api/alarms?open=true");
            var view = await city.Silo.Http.GetStringAsync($"/api/stations/{station.Code}/live");
            throw new TimeoutException($"no card; twin {twin}; alarms {alarms}; view {view}");
        }

        Assert.Equal("fault", await card.GetAttributeAsync("data-cause"));
        await Screenshots.SaveAsync(page, "flow");
        await page.Context.CloseAsync();
    }
}
