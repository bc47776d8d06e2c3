using EcoTwin.Domain.Auth;

namespace EcoTwin.Web.Auth;

/// <summary>The signed-in user as <c>GET /api/auth/me</c> shows it.</summary>
public sealed record MeView(string Name, string? DisplayName, string Role, IReadOnlyList<string> Districts, IReadOnlyList<string> Permissions, string Method)
{
    /// <summary>The view of <paramref name="user"/>.</summary>
    public static MeView Of(CurrentUser user) =>
        new(user.Name, user.DisplayName, RoleNames.Of(user.Role), user.Districts, [.. PermissionMatrix.Of(user.Role).Select(RoleNames.Of)], user.Method);
}
