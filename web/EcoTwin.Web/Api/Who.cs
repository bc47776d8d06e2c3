using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Api;

/// <summary>
/// Who makes a master-data change, for the version history: the <c>X-EcoTwin-User</c> header until
/// the platform authenticates users (then the signed-in user), else <see cref="Anonymous"/>.
/// </summary>
public static class Who
{
    /// <summary>The header naming the user.</summary>
    public const string Header = "X-EcoTwin-User";

    /// <summary>The name recorded when no user is named.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>
    /// The user of <paramref name="request"/>: the signed-in user; only the bootstrap admin (automation
    /// acting for people) may name someone else with the header.
    /// </summary>
    public static string Of(HttpRequest request)
    {
        var named = request.Headers[Header].ToString() is { Length: > 0 } header ? Uri.UnescapeDataString(header) : null;
        var signedIn = request.HttpContext.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
        return signedIn is null or Auth.EcoTwinClaims.BootstrapUser ? named ?? signedIn ?? Anonymous : signedIn;
    }
}
