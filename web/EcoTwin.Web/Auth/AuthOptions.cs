namespace EcoTwin.Web.Auth;

/// <summary>Sign-in settings (configuration section <c>EcoTwin:Auth</c>).</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "EcoTwin:Auth";

    /// <summary>The setting that turns on demo mode (a demo admin is created; logged loudly).</summary>
    public const string DemoSetting = "EcoTwin:Demo";

    /// <summary>
    /// A bearer key that acts as the built-in administrator <c>bootstrap</c> (not stored): for the
    /// first set-up and for automation. At least 32 characters; empty (the default) turns it off.
    /// </summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>How long a browser session lasts without use.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-ins in a row before the user is locked out for <see cref="Lockout"/>.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a user is locked out after too many failed sign-ins.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The demo admin's password in demo mode (<c>EcoTwin:Demo=true</c>).</summary>
    public string DemoPassword { get; set; } = "ecotwin-demo";

    /// <summary>How long a verified API key (and a session's user) is trusted before it is read again.</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);
}
