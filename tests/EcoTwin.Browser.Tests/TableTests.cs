using System.Text;
using EcoTwin.Browser.Tests.Infrastructure;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TableTests(BrowserCity city)
{
    [Fact]
    public async Task Table_sorts_by_AQI_filters_by_kind_status_and_text_and_exports_the_view_as_CSV()
    {
        var page = await city.OpenAsync("/table");
        // Every twin but the city: stations, outlets, enterprises, districts.
        var twins = city.Stations.Count + city.Sources.Count + city.City.Enterprises.Count + city.City.Districts.Count;
        await page.WaitForFunctionAsync("n => document.querySelector('section[data-view=table]')?.dataset.rows === String(n)", twins);

        await page.ClickAsync(".th[data-col=aqi]"); // numbers sort high to low first
        var highest = await page.EvaluateAsync<int>("() => Math.max(...[...window.__ecotwin.twins.values()].map(t => t.aqi ?? -1))");
        Assert.Equal("desc", await page.GetAttributeAsync(".th[data-col=aqi]", "data-sort"));
        Assert.Equal(highest.ToString(), await page.InnerTextAsync(".trow[data-index='0'] .td[data-col=aqi]"));
        await Screenshots.SaveAsync(page, "table");

        await page.SelectOptionAsync("[data-testid=table-kind]", "source");
        await page.SelectOptionAsync("[data-testid=table-status]", "normal");
        var statuses = await page.Locator(".trow:not([hidden])").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.status + '/' + r.dataset.twinId.split('/')[0])");
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal("normal/source", s));

        var source = city.Sources[1];
        await page.FillAsync("[data-testid=table-filter]", source.Mn);
        await page.WaitForFunctionAsync("() => document.querySelector('section[data-view=table]').dataset.rows === '1'");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-csv]"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.Contains(source.Mn, lines[1]);
        Assert.Contains(source.NameZh, lines[1]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Table_cell_updates_in_place_and_flashes_briefly_when_a_reading_arrives()
    {
        var station = city.Stations.First(s => s.Kind == "water");
        var id = $"station/{station.Code}";
        var page = await city.OpenAsync("/table");
        await page.FillAsync("[data-testid=table-filter]", station.Code);
        var cell = page.Locator($".trow[data-twin-id='{id}'] .td[data-col=w01018]");
        await cell.WaitForAsync();

        var now = CitySeeder.CityNow();
        await city.Seeder.SendAsync(Hj212Uploads.RealTime(now, "21", station.Password, station.Code, now,
            [Hj212CpItem.Of("w01018", "Rtd", 33.3m), Hj212CpItem.Of("w01018", "Flag", "N")]));

        await page.WaitForFunctionAsync(
            "id => { const c = document.querySelector(`.trow[data-twin-id='${id}'] .td[data-col=w01018]`); return c?.textContent === '33.3' && c.dataset.flash === 'on'; }",
            id, new() { Timeout = 10_000 });
        // The highlight is brief: it fades and is gone by itself.
        await page.WaitForFunctionAsync(
            "id => { const c = document.querySelector(`.trow[data-twin-id='${id}'] .td[data-col=w01018]`); return c?.dataset.flash === undefined; }",
            id, new() { Timeout = 10_000 });
        await page.Context.CloseAsync();
    }
}
