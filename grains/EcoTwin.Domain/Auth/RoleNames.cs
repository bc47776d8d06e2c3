namespace EcoTwin.Domain.Auth;

/// <summary>The names of roles and permissions as the API, the CLI and the database spell them.</summary>
public static class RoleNames
{
    /// <summary>viewer, operator, officer, steward, admin.</summary>
    public static string Of(Role role) => role.ToString().ToLowerInvariant();

    /// <summary>The permission's name: read, actOnCases, handleCases, writeMasterData, writeRecords, manageUsers, readAudit.</summary>
    public static string Of(Permission permission)
    {
        var text = permission.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>Parses a role name (case-insensitive; "data-steward" and "data steward" are steward).</summary>
    public static bool TryParse(string? text, out Role role)
    {
        role = default;
        var name = text?.Trim().ToLowerInvariant().Replace("data-", string.Empty, StringComparison.Ordinal).Replace("data ", string.Empty, StringComparison.Ordinal);
        return name is { Length: > 0 } && !char.IsDigit(name[0]) && Enum.TryParse(name, ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    /// <summary>Every role name, for messages.</summary>
    public static string All => string.Join(", ", Enum.GetValues<Role>().Select(Of));
}
