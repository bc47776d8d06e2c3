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
        await page.WaitForFunctionAsync("() => window.__ecotwin !== undefined"); // installed once the page knows who is signed in
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
    public async Task Flow_board_raises_a_case_for_a_new_alarm_and_takes_it_from_dispatch_to_closed_live_for_another_viewer()
    {
        var station = city.Stations.Where(s => s.Kind == "air").ElementAt(3);
        var page = await city.OpenAsync("/flow");
        var viewer = await city.OpenAsync("/flow");
        await page.WaitForFunctionAsync("() => window.__ecotwin.flowLoads > 0");
        await viewer.WaitForFunctionAsync("() => window.__ecotwin.flowLoads > 0");
        var selector = $".card[data-twin-id='station/{station.Code}']";
        Assert.Equal(0, await page.Locator(selector).CountAsync());

        var now = CitySeeder.CityNow();
        await city.Seeder.SendAsync(Hj212Uploads.RealTime(now, "22", station.Password, station.Code, now,
            [Hj212CpItem.Of("a34004", "Rtd", 40m), Hj212CpItem.Of("a34004", "Flag", "D")])); // D: device fault

        var card = page.Locator(selector);
        try
        {
            await page.Locator($".board-column[data-state=raised] {selector}").WaitForAsync(new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            var cases = await city.Silo.Http.GetStringAsync("/api/cases?open=true");
            var alarms = await city.Silo.Http.GetStringAsync("/api/alarms?open=true");
            throw new TimeoutException($"no case card; cases {cases}; alarms {alarms}");
        }

        Assert.Equal("fault", await card.GetAttributeAsync("data-cause"));
        await Screenshots.SaveAsync(page, "flow");

        await card.Locator("button[data-action=dispatch]").ClickAsync();
        Assert.Equal($"team:{station.DistrictCode}", await card.Locator("input[name=assignee]").InputValueAsync());
        await card.Locator("textarea[name=text]").FillAsync("请到现场核查");
        await card.Locator("button[data-confirm=dispatch]").ClickAsync();
        await InColumnAsync(viewer, selector, "dispatched");

        await InColumnAsync(page, selector, "dispatched");
        await card.Locator("button[data-action=accept]").ClickAsync();
        await InColumnAsync(viewer, selector, "handling");

        await card.Locator("button[data-action=attach]").ClickAsync();
        await card.Locator("input[name=file]").SetInputFilesAsync(new Microsoft.Playwright.FilePayload { Name = "现场记录.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes("设备故障，已报修") });
        await card.Locator("button[data-confirm=attach]").ClickAsync();
        await card.Locator("button[data-action=submit]").WaitForAsync();
        await card.Locator("button[data-action=submit]").ClickAsync();
        await card.Locator("textarea[name=text]").FillAsync("现场检查：设备故障，已报修");
        await card.Locator("button[data-confirm=submit]").ClickAsync();
        await InColumnAsync(viewer, selector, "review");

        // The fault alarm is still open: closing needs the reviewer's reason, and the server says so.
        await card.Locator("button[data-action=approve]").ClickAsync();
        await card.Locator("button[data-confirm=approve]").ClickAsync();
        await card.Locator(".case-error").WaitForAsync();
        Assert.Contains("reason", await card.Locator(".case-error").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await card.Locator("textarea[name=reason]").FillAsync("设备已报修，告警待设备恢复后自动消除");
        await card.Locator("button[data-confirm=approve]").ClickAsync();
        await InColumnAsync(viewer, selector, "closed");
        await InColumnAsync(page, selector, "closed");
        await Screenshots.SaveAsync(viewer, "flow-closed");

        var caseId = await card.GetAttributeAsync("data-case-id");
        var view = await city.Silo.Http.GetStringAsync($"/api/cases/{caseId}");
        Assert.Contains("\"fileName\":\"现场记录.txt\"", System.Text.RegularExpressions.Regex.Unescape(view), StringComparison.Ordinal);
        foreach (var step in new[] { "dispatch", "accept", "attach", "submit", "approve" })
        {
            Assert.Contains($"\"action\":\"{step}\"", view, StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
        await viewer.Context.CloseAsync();
    }

    private static Task InColumnAsync(Microsoft.Playwright.IPage page, string card, string state) =>
        page.Locator($".board-column[data-state={state}] {card}").WaitForAsync(new() { Timeout = 15_000 });
}
