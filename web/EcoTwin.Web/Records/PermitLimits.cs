using System.Collections.Immutable;
using EcoTwin.Contracts.Sources;
using EcoTwin.Domain.MasterData;
using EcoTwin.Domain.Records;

namespace EcoTwin.Web.Records;

/// <summary>A discharge permit's limits against the outlet twins: each outlet must exist and belong to the enterprise; a permit in force sets their limits.</summary>
public static class PermitLimits
{
    /// <summary>Field errors for outlets that are not registered or belong to another enterprise.</summary>
    public static async Task<List<FieldError>> CheckAsync(ValidRecord permit, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var outlets = permit.Limits.Select(l => l.Outlet).Distinct().ToList();
        foreach (var outlet in outlets)
        {
            var info = await grains.GetGrain<ISourceGrain>(outlet).GetInfoAsync(cancellationToken);
            var index = permit.Limits.ToList().FindIndex(l => l.Outlet == outlet);
            if (info is null)
            {
                errors.Add(new FieldError($"details.limits[{index}].outlet", $"outlet '{outlet}' is not registered"));
            }
            else if (info.EnterpriseCode != permit.EnterpriseCode)
            {
                errors.Add(new FieldError($"details.limits[{index}].outlet", $"outlet '{outlet}' belongs to {info.EnterpriseCode}, not {permit.EnterpriseCode}"));
            }
        }

        return errors;
    }

    /// <summary>Sets each outlet's limits to the permit's (replacing its previous ones); returns the outlets set.</summary>
    public static async Task<List<string>> ApplyAsync(ValidRecord permit, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var applied = new List<string>();
        foreach (var outlet in permit.Limits.GroupBy(l => l.Outlet))
        {
            var limits = outlet.ToImmutableDictionary(l => l.Factor, l => new LimitRange(l.Max, l.Min));
            await grains.GetGrain<ISourceGrain>(outlet.Key).SetLimitsAsync(limits, cancellationToken);
            applied.Add(outlet.Key);
        }

        return applied;
    }
}
