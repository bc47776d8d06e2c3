using System.Collections.Immutable;
using EcoTwin.Contracts.Cases;
using EcoTwin.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace EcoTwin.Web.Cases;

/// <summary>This silo's observer of case changes: sends them to the hub's <c>cases</c> group and to <c>cases/district/&lt;code&gt;</c> groups (district-scoped users).</summary>
public sealed class HubCaseObserver(IHubContext<TwinHub> hub, TwinGroups groups) : ICaseObserver
{
    /// <summary>The method clients receive case changes on.</summary>
    public const string Method = "caseChanges";

    /// <inheritdoc />
    public async Task OnCasesAsync(ImmutableArray<CaseSummary> changes)
    {
        var sends = new List<Task>();
        if (groups.HasMembers(TwinHub.CasesGroup))
        {
            sends.Add(hub.Clients.Group(TwinHub.CasesGroup).SendAsync(Method, changes));
        }

        foreach (var district in changes.Where(c => c.DistrictCode is not null).GroupBy(c => c.DistrictCode!))
        {
            var group = $"{TwinHub.CasesGroup}/district/{district.Key}";
            if (groups.HasMembers(group))
            {
                sends.Add(hub.Clients.Group(group).SendAsync(Method, district.ToArray()));
            }
        }

        await Task.WhenAll(sends);
    }
}
