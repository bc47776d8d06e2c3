using EcoTwin.Domain.Auth;

namespace EcoTwin.Web.Auth;

/// <summary>Marks an endpoint that chose the permission it needs (so <see cref="WritePolicyConvention"/> leaves it alone).</summary>
/// <param name="Permission">The permission.</param>
public sealed record PermissionMetadata(Permission Permission)
{
    /// <summary>A policy name for endpoints open to both operators and officers (notes on cases).</summary>
    public const string CaseWork = "caseWork";
}
