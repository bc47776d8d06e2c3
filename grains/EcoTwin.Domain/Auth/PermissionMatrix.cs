using System.Collections.Frozen;

namespace EcoTwin.Domain.Auth;

/// <summary>
/// Who may do what. Every role reads; operators act on cases; officers handle them; stewards write
/// master data and records; admins do everything, including users and the audit log.
/// </summary>
public static class PermissionMatrix
{
    private static readonly FrozenDictionary<Role, FrozenSet<Permission>> Grants = new Dictionary<Role, FrozenSet<Permission>>
    {
        [Role.Viewer] = FrozenSet.ToFrozenSet([Permission.Read]),
        [Role.Operator] = FrozenSet.ToFrozenSet([Permission.Read, Permission.ActOnCases]),
        [Role.Officer] = FrozenSet.ToFrozenSet([Permission.Read, Permission.HandleCases]),
        [Role.Steward] = FrozenSet.ToFrozenSet([Permission.Read, Permission.WriteMasterData, Permission.WriteRecords]),
        [Role.Admin] = Enum.GetValues<Permission>().ToFrozenSet(),
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="role"/> has <paramref name="permission"/>.</summary>
    public static bool Allows(Role role, Permission permission) => Grants[role].Contains(permission);

    /// <summary>The permissions of <paramref name="role"/>, in declaration order.</summary>
    public static IReadOnlyList<Permission> Of(Role role) => [.. Enum.GetValues<Permission>().Where(p => Grants[role].Contains(p))];

    /// <summary>The roles holding <paramref name="permission"/>.</summary>
    public static IReadOnlyList<Role> Holders(Permission permission) => [.. Enum.GetValues<Role>().Where(role => Allows(role, permission))];
}
