using EcoTwin.Domain.MasterData;
using Microsoft.AspNetCore.SignalR;

namespace EcoTwin.Web.Live;

/// <summary>
/// The live feed at <c>/hubs/twins</c>: a client joins the city, a district or a twin and receives
/// <c>changes(summary[])</c> for it (see docs/api.md).
/// </summary>
public sealed class TwinHub(TwinGroups groups) : Hub
{
    /// <summary>The method clients receive changes on.</summary>
    public const string ChangesMethod = "changes";

    /// <summary>The group of every twin.</summary>
    public const string CityGroup = "city";

    /// <summary>The group of the flow board: <c>caseChanges(caseSummary[])</c> (see docs/api.md).</summary>
    public const string CasesGroup = "cases";

    /// <summary>Receive every twin's changes.</summary>
    public Task JoinCity() => JoinAsync(CityGroup);

    /// <summary>Receive the changes of cases (the flow board).</summary>
    public Task JoinCases() => JoinAsync(CasesGroup);

    /// <summary>Receive the changes of the twins in district <paramref name="code"/>.</summary>
    public Task JoinDistrict(string code)
    {
        if (FieldRules.DivisionCode("code", code) is { } error)
        {
            throw new HubException($"{error.Field} {error.Message}");
        }

        return JoinAsync("district/" + code);
    }

    /// <summary>Receive the changes of the twin <paramref name="id"/> (kind/key, e.g. station/320402AQ000001).</summary>
    public Task JoinTwin(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || FieldRules.Key("id", id[(slash + 1)..]) is not null)
        {
            throw new HubException($"'{id}' is not a twin id of the form kind/key");
        }

        return JoinAsync("twin/" + id);
    }

    /// <summary>Stop receiving the changes of <paramref name="group"/>.</summary>
    public async Task Leave(string group)
    {
        if (groups.Leave(Context.ConnectionId, group))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        groups.LeaveAll(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    private async Task JoinAsync(string group)
    {
        groups.Join(Context.ConnectionId, group);
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
    }
}
