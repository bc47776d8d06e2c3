using EcoTwin.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EcoTwin.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ProfileTests(BrowserCity city)
{
    [Fact]
    public async Task Enterprise_profile_lists_its_outlets_with_live_readings_and_limits()
    {
        var enterprise = city.City.Enterprises.First(e => city.Sources.Count(s => s.EnterpriseCode == e.CreditCode) >= 2);
        var outlets = city.Sources.Where(s => s.EnterpriseCode == enterprise.CreditCode).ToList();
        var page = await city.OpenAsync($"/profile/enterprise/{enterprise.CreditCode}");
        await page.Locator("section[data-view=profile][data-loaded=true]").WaitForAsync();

        var shown = await page.Locator("[data-testid=profile-outlets] article.outlet").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.twinId)");
        Assert.Equal(outlets.Select(o => $"source/{o.Mn}").Order(), shown.Order());
        foreach (var outlet in outlets)
        {
            var rows = page.Locator($"article.outlet[data-twin-id='source/{outlet.Mn}'] tr[data-factor]");
            Assert.Equal(outlet.Factors.Count, await rows.CountAsync());
            Assert.All(await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.value)"), value => Assert.NotEqual(string.Empty, value));
        }

        Assert.True(await page.Locator("article.outlet td:has-text('≤')").CountAsync() > 0, "no emission limit shown");
        Assert.Equal(enterprise.NameZh, await page.InnerTextAsync("[data-testid=profile-title]"));
        Assert.Contains(enterprise.Address, await page.InnerTextAsync("[data-testid=profile-master]"));
        Assert.Equal(1, await page.Locator("[data-testid=profile-history] li[data-version='1'][data-event=created]").CountAsync());
        await page.Locator("[data-testid=profile-outlets] .trend-chart[data-state=ready]").First.WaitForAsync();
        await Screenshots.SaveAsync(page, "profile-enterprise");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Source_profile_shows_master_data_limits_and_links_its_enterprise()
    {
        var source = city.Sources[2];
        var page = await city.OpenAsync($"/profile/source/{source.Mn}");
        await page.Locator("section[data-view=profile][data-loaded=true]").WaitForAsync();

        Assert.Equal(source.NameZh, await page.InnerTextAsync("[data-testid=profile-title]"));
        Assert.Equal(1, await page.Locator("article.outlet").CountAsync());
        Assert.Equal(1, await page.Locator($"a[href='/profile/enterprise/{source.EnterpriseCode}']").CountAsync());
        await page.Locator("[data-testid=profile-outlets] .trend-chart[data-state=ready]").First.WaitForAsync();
        await Screenshots.SaveAsync(page, "profile-source");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Enterprise_profile_prints_without_the_header()
    {
        var enterprise = city.City.Enterprises[0];
        var page = await city.OpenAsync($"/profile/enterprise/{enterprise.CreditCode}");
        await page.Locator("section[data-view=profile][data-loaded=true]").WaitForAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.IsVisibleAsync("header.top"), "the header is printed");
        Assert.True(await page.IsVisibleAsync("[data-testid=profile-outlets]"));
        await Screenshots.SaveAsync(page, "profile-enterprise-print");
        await page.Context.CloseAsync();
    }
}
