using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Auth;

/// <summary>What an endpoint adds to its audit entry (e.g. "dispatch to zhang, deadline ..."), beyond method, path and status.</summary>
public static class AuditNote
{
    private const string DetailKey = "ecotwin:audit";
    private const string UserKey = "ecotwin:audit-user";

    /// <summary>Sets the detail of this request's audit entry, and the user when the request has none signed in (a sign-in).</summary>
    public static void Set(HttpContext http, string detail, string? user = null)
    {
        http.Items[DetailKey] = detail;
        if (user is not null)
        {
            http.Items[UserKey] = user;
        }
    }

    /// <summary>The detail set, if any.</summary>
    public static string? Detail(HttpContext http) => http.Items.TryGetValue(DetailKey, out var detail) ? detail as string : null;

    /// <summary>The user set, if any.</summary>
    public static string? User(HttpContext http) => http.Items.TryGetValue(UserKey, out var user) ? user as string : null;
}
