using EcoTwin.Domain.Auth;
using EcoTwin.Storage.Audit;
using EcoTwin.Storage.Scopes;
using EcoTwin.Storage.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EcoTwin.Web.Auth;

/// <summary>
/// Who may do what: cookie sessions for browsers, bearer API keys for scripts, one policy per
/// permission, district scopes on every twin API and on the hub, and the audit log of every write.
/// </summary>
public static class AuthExtensions
{
    private const string SelectorScheme = "EcoTwin";

    /// <summary>Registers authentication, authorization, the stores and the hub's district filter.</summary>
    public static TBuilder AddEcoTwinAuth<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName)
            .Validate(o => o.BootstrapAdminKey is not { Length: > 0 and < 32 }, "EcoTwin:Auth:BootstrapAdminKey needs at least 32 characters")
            .ValidateOnStart();
        builder.Services.AddSingleton<UserStore>();
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<UserCache>();
        builder.Services.AddSingleton<AuditWriter>();
        builder.Services.AddSingleton<AuditQuery>();
        builder.Services.AddSingleton<TwinDistricts>();
        builder.Services.AddSingleton<ScopeResolver>();
        builder.Services.AddHostedService<AuthStartup>();
        builder.Services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context => ApiKeyHandler.TokenOf(context.Request) is null
                    ? CookieAuthenticationDefaults.AuthenticationScheme : ApiKeyHandler.SchemeName)
            .AddCookie(options =>
            {
                options.Cookie.Name = "ecotwin.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.Events = SessionEvents.Create();
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<AuthOptions>>((cookie, auth) => cookie.ExpireTimeSpan = auth.Value.SessionLifetime);
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.Configure<HubOptions>(options => options.AddFilter<DistrictScopeHubFilter>());
        return builder;
    }

    /// <summary>Authentication, authorization and the audit log, after routing.</summary>
    public static IApplicationBuilder UseEcoTwinAuth(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization().UseMiddleware<AuditMiddleware>();

    /// <summary>
    /// Puts the API behind sign-in: every endpoint needs <see cref="Permission.Read"/> (unless it
    /// allows anonymous), a write with no policy of its own needs <see cref="Permission.WriteMasterData"/>,
    /// and twin endpoints check the user's districts.
    /// </summary>
    public static RouteGroupBuilder RequireEcoTwinAccess(this RouteGroupBuilder api)
    {
        api.RequireAuthorization(Policies.Of(Permission.Read));
        api.AddEndpointFilter<RouteGroupBuilder, TwinScopeFilter>();
        ((IEndpointConventionBuilder)api).Finally(WritePolicyConvention.Apply);
        return api;
    }
}
