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

    /// <summary>The user of <paramref name="request"/>.</summary>
    public static string Of(HttpRequest request) =>
        request.Headers[Header].ToString() is { Length: > 0 } user ? Uri.UnescapeDataString(user) : Anonymous;
}
