namespace EcoTwin.Storage.Users;

/// <summary>A platform user as stored.</summary>
/// <param name="Name">The user name (key).</param>
/// <param name="DisplayName">The name shown, if any.</param>
/// <param name="Role">viewer, operator, officer, steward or admin.</param>
/// <param name="Districts">The districts the user is limited to; empty for the whole city.</param>
/// <param name="PasswordHash">The Identity password hash; null when the user signs in only with API keys.</param>
/// <param name="Disabled">Whether the user may no longer sign in.</param>
/// <param name="FailedLogins">Failed sign-ins in a row.</param>
/// <param name="LockedUntil">Sign-in refused until then after too many failures.</param>
public sealed record UserRecord(
    string Name, string? DisplayName, string Role, string[] Districts, string? PasswordHash, bool Disabled = false, int FailedLogins = 0, DateTimeOffset? LockedUntil = null);
