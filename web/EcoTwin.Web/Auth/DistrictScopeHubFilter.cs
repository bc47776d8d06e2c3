using EcoTwin.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace EcoTwin.Web.Auth;

/// <summary>
/// District scope on the live hub: a district-scoped user joining the city (or the cases board) is
/// put in the groups of their own districts instead, so the city feed they get is filtered; joining
/// another district's group, or a twin outside their districts, is refused.
/// </summary>
public sealed class DistrictScopeHubFilter(TwinGroups groups, ScopeResolver resolver) : IHubFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (context.Hub is not TwinHub || CurrentUser.From(context.Context.User) is not { Scoped: true } user)
        {
            return await next(context);
        }

        var argument = context.HubMethodArguments.Count > 0 ? context.HubMethodArguments[0] as string : null;
        switch (context.HubMethodName)
        {
            case nameof(TwinHub.JoinCity):
                await JoinAllAsync(context, user.Districts.Select(d => "district/" + d));
                return null;
            case nameof(TwinHub.JoinCases):
                await JoinAllAsync(context, user.Districts.Select(d => TwinHub.CasesGroup + "/district/" + d));
                return null;
            case nameof(TwinHub.JoinDistrict) when !user.InScope(argument):
                throw new HubException($"District {argument} is outside your districts ({string.Join(", ", user.Districts)}).");
            case nameof(TwinHub.JoinTwin) when argument?.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash
                && !await resolver.MaySeeAsync(user, argument[..slash], argument[(slash + 1)..], context.Context.ConnectionAborted):
                throw new HubException($"Twin {argument} is outside your districts ({string.Join(", ", user.Districts)}).");
            case nameof(TwinHub.Leave) when argument is TwinHub.CityGroup or TwinHub.CasesGroup:
                var prefix = argument == TwinHub.CityGroup ? "district/" : TwinHub.CasesGroup + "/district/";
                foreach (var group in user.Districts.Select(d => prefix + d))
                {
                    if (groups.Leave(context.Context.ConnectionId, group))
                    {
                        await context.Hub.Groups.RemoveFromGroupAsync(context.Context.ConnectionId, group);
                    }
                }

                return null;
            default:
                return await next(context);
        }
    }

    private async Task JoinAllAsync(HubInvocationContext context, IEnumerable<string> names)
    {
        foreach (var group in names)
        {
            groups.Join(context.Context.ConnectionId, group);
            await context.Hub.Groups.AddToGroupAsync(context.Context.ConnectionId, group);
        }
    }
}
