using EcoTwin.Browser.Tests.Infrastructure;
using EcoTwin.Web.Auth;

namespace EcoTwin.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserCity city)
{
    [Fact]
    public async Task Without_a_session_the_UI_asks_for_sign_in_refuses_a_wrong_password_and_signs_in_and_out()
    {
        var page = await city.NewPageAsync();
        await page.GotoAsync("/table");
        await page.Locator("[data-testid=login-name]").WaitForAsync();
        Assert.Equal("login", await page.GetAttributeAsync("body", "data-view"));
        Assert.Equal(0, await page.Locator("header.top").CountAsync());

        await page.FillAsync("[data-testid=login-name]", AuthStartup.DemoUser);
        await page.FillAsync("[data-testid=login-password]", "not-the-password");
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=login-error]').textContent.length > 0");
        await Screenshots.SaveAsync(page, "sign-in");

        await page.FillAsync("[data-testid=login-password]", new AuthOptions().DemoPassword);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForFunctionAsync("() => window.__ecotwin !== undefined");
        await page.EvaluateAsync("() => window.__ecotwin.ready");
        Assert.Equal("table", await page.GetAttributeAsync("body", "data-view"));
        Assert.Contains("Demo", await page.InnerTextAsync("[data-testid=user]"), StringComparison.Ordinal);

        await page.ClickAsync("[data-testid=logout]");
        await page.Locator("[data-testid=login-name]").WaitForAsync();
        var me = await page.Context.APIRequest.GetAsync("/api/auth/me");
        Assert.Equal(401, me.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Orleans_dashboard_without_a_session_goes_to_sign_in_and_comes_back_after_it()
    {
        var page = await city.NewPageAsync();
        await page.GotoAsync("/dashboard/");
        await page.Locator("[data-testid=login-name]").WaitForAsync();
        Assert.EndsWith("/?return=%2Fdashboard%2F", page.Url, StringComparison.Ordinal);

        await page.FillAsync("[data-testid=login-name]", AuthStartup.DemoUser);
        await page.FillAsync("[data-testid=login-password]", new AuthOptions().DemoPassword);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForURLAsync("**/dashboard/");
        var again = await page.ReloadAsync();
        Assert.Equal(200, again!.Status);
        Assert.Equal(0, await page.Locator("[data-testid=login-name]").CountAsync());
        await page.Context.CloseAsync();
    }
}
