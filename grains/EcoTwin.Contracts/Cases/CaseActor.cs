using System.Collections.Immutable;

namespace EcoTwin.Contracts.Cases;

/// <summary>Who acts on a case: the signed-in user (or <c>system</c> for the platform itself).</summary>
/// <param name="Name">The user name.</param>
/// <param name="Role">The user's role (viewer, operator, officer, steward, admin).</param>
/// <param name="Districts">The districts the user is limited to; empty for the whole city.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.CaseActor")]
public sealed record CaseActor(
    [property: Id(0)] string Name,
    [property: Id(1)] string Role,
    [property: Id(2)] ImmutableArray<string> Districts)
{
    /// <summary>The platform itself (alarm intake, deadline escalation).</summary>
    public static CaseActor System { get; } = new("system", "system", []);
}
