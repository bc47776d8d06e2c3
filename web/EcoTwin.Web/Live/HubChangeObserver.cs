using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;
using Microsoft.AspNetCore.SignalR;

namespace EcoTwin.Web.Live;

/// <summary>
/// This silo's observer of twin changes (the GPSTracker pattern): each silo's change feed sends its
/// batches here, and the observer fans them out to the hub groups that have members on this silo.
/// </summary>
public sealed class HubChangeObserver(IHubContext<TwinHub> hub, TwinGroups groups, RecentChanges recent) : ITwinChangeObserver
{
    /// <inheritdoc />
    public async Task OnChangesAsync(ImmutableArray<TwinSummary> changes)
    {
        // Kept before any group is looked at: a client joining from here on finds them in its snapshot.
        recent.Remember(changes);
        var sends = new List<Task>();
        if (groups.HasMembers(TwinHub.CityGroup))
        {
            sends.Add(hub.Clients.Group(TwinHub.CityGroup).SendAsync(TwinHub.ChangesMethod, changes));
        }

        foreach (var district in changes.Where(c => c.DistrictCode is not null).GroupBy(c => c.DistrictCode!))
        {
            var group = "district/" + district.Key;
            if (groups.HasMembers(group))
            {
                sends.Add(hub.Clients.Group(group).SendAsync(TwinHub.ChangesMethod, district.ToArray()));
            }
        }

        foreach (var change in changes)
        {
            var group = "twin/" + change.Id;
            if (groups.HasMembers(group))
            {
                sends.Add(hub.Clients.Group(group).SendAsync(TwinHub.ChangesMethod, new[] { change }));
            }
        }

        await Task.WhenAll(sends);
    }
}
