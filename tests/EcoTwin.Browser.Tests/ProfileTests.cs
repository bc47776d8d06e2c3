using EcoTwin.Browser.Tests.Infrastructure;
using EcoTwin.Domain.Demo;
using System.Net.Http.Json;
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
        var master = await page.InnerTextAsync("[data-testid=profile-master]");
        Assert.Contains(enterprise.Address, master);
        Assert.Contains(DemoIndustries.NameZh(enterprise.Industry), master); // the industry in words, not its key
        Assert.DoesNotContain(enterprise.Industry, master);
        Assert.Equal(1, await page.Locator("[data-testid=profile-history] li[data-version='1'][data-event=created]").CountAsync());
        await page.Locator("[data-testid=profile-outlets] .trend-chart[data-state=ready]").First.WaitForAsync();
        await Screenshots.SaveAsync(page, "profile-enterprise");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Enterprise_profile_timeline_shows_its_business_records_and_cases_newest_first_and_filters_by_kind()
    {
        var enterprise = city.City.Enterprises[3];
        var outlet = city.Sources.First(s => s.EnterpriseCode == enterprise.CreditCode);
        var records = new object[]
        {
            new { kind = "inspection", outletMn = outlet.Mn, date = "2026-03-02", details = new { inspectors = new[] { "张三", "李四" }, result = "rectify", findings = "台账不全" } },
            new { kind = "complaint", date = "2026-05-18", details = new { channel = "12345", content = "夜间异味", status = "verified" } },
            new { kind = "penalty", documentNo = "常环罚〔2026〕12号", date = "2026-06-09", details = new { violation = "超标排放", amount = 200000 } },
        };
        foreach (var record in records)
        {
            (await city.Silo.Http.PostAsJsonAsync($"/api/enterprises/{enterprise.CreditCode}/records", record)).EnsureSuccessStatusCode();
        }

        var opened = await city.Silo.Http.PostAsJsonAsync("/api/cases", new { title = "群众反映夜间异味，现场核查", twinKind = "source", twinKey = outlet.Mn });
        opened.EnsureSuccessStatusCode();

        var page = await city.OpenAsync($"/profile/enterprise/{enterprise.CreditCode}");
        await page.Locator("section[data-view=profile][data-loaded=true]").WaitForAsync();
        var items = page.Locator("[data-testid=profile-timeline] li.timeline-item");
        Assert.Equal(["case", "penalty", "complaint", "inspection"], await items.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.recordKind)"));
        Assert.Contains("群众反映夜间异味", await items.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("常环罚〔2026〕12号", await items.Nth(1).InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("[data-testid=profile-timeline]").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "profile-timeline");
        await page.SelectOptionAsync("[data-testid=timeline-kind]", "complaint");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=profile-timeline]').dataset.count === '1'");
        Assert.Contains("夜间异味", await items.InnerTextAsync(), StringComparison.Ordinal);
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
