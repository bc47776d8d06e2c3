using EcoTwin.Domain.Auth;
using EcoTwin.Storage.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcoTwin.Web.Auth;

/// <summary>
/// At start-up: in demo mode (<c>EcoTwin:Demo=true</c>) makes sure the demo admin exists and says so
/// loudly; otherwise says how to create the first admin when there is no user yet. No default
/// password exists outside demo mode.
/// </summary>
public sealed partial class AuthStartup(UserStore users, IConfiguration configuration, IOptions<AuthOptions> options, ILogger<AuthStartup> logger) : IHostedService
{
    /// <summary>The demo admin's user name.</summary>
    public const string DemoUser = "demo";

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue<bool>(AuthOptions.DemoSetting))
        {
            var password = options.Value.DemoPassword;
            var created = await users.CreateAsync(new UserRecord(DemoUser, "Demo administrator", RoleNames.Of(Role.Admin), [], Passwords.Hash(DemoUser, password)), cancellationToken);
            LogDemo(logger, DemoUser, password, created ? "created" : "exists");
            return;
        }

        if (options.Value.BootstrapAdminKey is { Length: > 0 })
        {
            LogBootstrap(logger);
        }

        if ((await users.ListAsync(cancellationToken)).Count == 0)
        {
            LogNoUsers(logger);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "DEMO MODE (EcoTwin:Demo=true): administrator '{User}' with password '{Password}' ({State}). Never run demo mode in production.")]
    private static partial void LogDemo(ILogger logger, string user, string password, string state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bootstrap admin key (EcoTwin:Auth:BootstrapAdminKey) is set: whoever holds it is an administrator. Remove it once real admins exist.")]
    private static partial void LogBootstrap(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "No users yet: create the first admin with `ecotwin user add NAME --role admin --password ...` (run where the silo runs to use its managed database, or pass --connection \"<database>\").")]
    private static partial void LogNoUsers(ILogger logger);
}
