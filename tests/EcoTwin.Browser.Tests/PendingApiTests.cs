using System.Text.Json;
using System.Text.Json.Nodes;
using EcoTwin.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests;

/// <summary>
/// The UI against endpoints that are not on main yet (district polygons and district twins, enterprise
/// master data and history): the browser's requests are answered with fixtures in the documented shapes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PendingApiTests(BrowserCity city)
{
    [Fact]
    public async Task Districts_are_drawn_and_labelled_with_their_AQI_level_when_the_layer_and_the_district_twins_exist()
    {
        var context = await city.Browser.NewContextAsync(new() { BaseURL = city.BaseAddress.ToString(), ViewportSize = new() { Width = 1600, Height = 900 } });
        var district = city.City.Districts[0];
        await context.RouteAsync("**/api/map/districts", route => route.FulfillAsync(new() { ContentType = "application/geo+json", Body = DistrictsGeoJson() }));
        await context.RouteAsync("**/api/twins/snapshot", async route =>
        {
            var response = await route.FetchAsync();
            var snapshot = JsonNode.Parse(await response.TextAsync())!;
            var items = snapshot["items"]!.AsArray();
            for (var i = 0; i < city.City.Districts.Count; i++)
            {
                var d = city.City.Districts[i];
                items.Add(new JsonObject
                {
                    ["kind"] = "district", ["key"] = d.Code, ["id"] = $"district/{d.Code}", ["name"] = d.NameZh, ["districtCode"] = d.Code,
                    ["status"] = "normal", ["aqi"] = 40 + (i * 30), ["aqiLevel"] = i < 1 ? 1 : i < 3 ? 2 : i < 5 ? 3 : 4, ["primary"] = new JsonArray(),
                    ["values"] = new JsonObject(), ["openAlarms"] = 0, ["version"] = 1,
                });
            }

            await route.FulfillAsync(new() { Response = response, Body = snapshot.ToJsonString() });
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/map");
        await page.WaitForFunctionAsync("() => window.__ecotwin?.mapIdle");
        await page.EvaluateAsync("() => window.__ecotwin.mapIdle");

        var label = page.Locator($".district-label[data-district-code='{district.Code}']");
        Assert.Equal("1", await label.GetAttributeAsync("data-aqi-level"));
        Assert.Equal(city.City.Districts.Count, await page.Locator(".district-label").CountAsync());
        Assert.Contains(district.NameZh, await label.InnerTextAsync());
        await Screenshots.SaveAsync(page, "map-districts");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Enterprise_profile_shows_master_data_and_its_version_history_when_the_enterprise_API_answers()
    {
        var enterprise = city.City.Enterprises[0];
        var context = await city.Browser.NewContextAsync(new() { BaseURL = city.BaseAddress.ToString(), ViewportSize = new() { Width = 1600, Height = 900 } });
        await context.RouteAsync($"**/api/enterprises/{enterprise.CreditCode}", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new { creditCode = enterprise.CreditCode, name = enterprise.NameZh, industry = enterprise.Industry, address = enterprise.Address, districtCode = enterprise.DistrictCode, location = new { lon = enterprise.Lon, lat = enterprise.Lat }, version = 2 }),
        }));
        await context.RouteAsync($"**/api/enterprises/{enterprise.CreditCode}/history", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new[]
            {
                new { version = 2, changedAt = "2026-11-20T02:00:00+00:00", changedBy = "steward", address = enterprise.Address },
                new { version = 1, changedAt = "2026-01-05T02:00:00+00:00", changedBy = "import", address = "旧地址" },
            }),
        }));
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/profile/enterprise/{enterprise.CreditCode}");
        await page.Locator("section[data-view=profile][data-loaded=true]").WaitForAsync();

        Assert.Equal(enterprise.NameZh, await page.InnerTextAsync("[data-testid=profile-title]"));
        Assert.Contains(enterprise.Address, await page.InnerTextAsync("[data-testid=profile-master]"));
        Assert.Equal(2, await page.Locator("[data-testid=profile-history] li[data-version]").CountAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("header.top"), "the header is printed");
        await Screenshots.SaveAsync(page, "profile-enterprise-print");
        await context.CloseAsync();
    }

    private static IEnumerable<EcoTwin.Domain.Geo.LonLat> ClosedRing(IReadOnlyList<EcoTwin.Domain.Geo.LonLat> ring) =>
        ring[0] == ring[^1] ? ring : [.. ring, ring[0]];

    private string DistrictsGeoJson() => new JsonObject
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray([.. city.City.Districts.Select(d => (JsonNode)new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = new JsonObject
            {
                ["type"] = "Polygon",
                ["coordinates"] = new JsonArray(new JsonArray([.. ClosedRing(d.Polygon).Select(p => (JsonNode)new JsonArray(p.Lon, p.Lat))])),
            },
            ["properties"] = new JsonObject { ["code"] = d.Code, ["name"] = d.NameZh, ["nameEn"] = d.NameEn },
        })]),
    }.ToJsonString();
}
