using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;
using EcoTwin.Storage.Scopes;

namespace EcoTwin.Web.Auth;

/// <summary>
/// The districts a twin lies in, for district-scoped users: stations and outlets ask their grain
/// (fresh after a registration), a district is itself, an enterprise lies where it and its outlets
/// are, anything else is looked up in the twins table. Empty when the twin is unknown.
/// </summary>
public sealed class ScopeResolver(IGrainFactory grains, TwinDistricts twins)
{
    /// <summary>The districts of twin <paramref name="kind"/>/<paramref name="key"/> (kind device: any twin fed by that MN).</summary>
    public async Task<IReadOnlyList<string>> DistrictsOfAsync(string kind, string key, CancellationToken cancellationToken = default)
    {
        switch (kind)
        {
            case "district":
                return [key];
            case "station":
                return Some((await grains.GetGrain<IStationGrain>(key).GetInfoAsync(cancellationToken))?.DistrictCode)
                    ?? Some(await twins.OfAsync(kind, key, cancellationToken)) ?? [];
            case "source":
                return Some((await grains.GetGrain<ISourceGrain>(key).GetInfoAsync(cancellationToken))?.DistrictCode)
                    ?? Some(await twins.OfAsync(kind, key, cancellationToken)) ?? [];
            case "enterprise":
                return await twins.OfEnterpriseAsync(key, cancellationToken);
            case "device":
                return await twins.OfKeyAsync(key, cancellationToken);
            default:
                return Some(await twins.OfAsync(kind, key, cancellationToken)) ?? [];
        }
    }

    /// <summary>Whether <paramref name="user"/> may see twin <paramref name="kind"/>/<paramref name="key"/>: unscoped users always; scoped ones when it lies (also) in one of their districts.</summary>
    public async Task<bool> MaySeeAsync(CurrentUser user, string kind, string key, CancellationToken cancellationToken = default) =>
        !user.Scoped || (await DistrictsOfAsync(kind, key, cancellationToken)).Any(user.InScope);

    private static string[]? Some(string? district) => district is null ? null : [district];
}
