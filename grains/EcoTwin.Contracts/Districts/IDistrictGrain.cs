using System.Collections.Immutable;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Contracts.Districts;

/// <summary>
/// The twin of one district, keyed by its county-level GB/T 2260 code: name, boundary polygon, and
/// the live roll-up of the stations and outlets whose locations lie inside the polygon (a twin
/// outside every polygon counts for the district code it was registered with).
/// </summary>
public interface IDistrictGrain : IGrainWithStringKey
{
    /// <summary>Registers the district or replaces its name and boundary; the code must equal the key.</summary>
    /// <exception cref="InvalidMasterDataException">The code, name or boundary is invalid; the message names the field.</exception>
    Task<MasterDataChange> RegisterAsync(DistrictInfo info, CancellationToken cancellationToken = default);

    /// <summary>The master data (boundary as stored, normalised GeoJSON); null when never registered.</summary>
    Task<DistrictInfo?> GetInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Takes in changed summaries of stations and outlets the silos' change feeds place in this district.</summary>
    Task OnMembersChangedAsync(ImmutableArray<TwinSummary> members, CancellationToken cancellationToken = default);

    /// <summary>The live roll-up.</summary>
    Task<DistrictLive> GetLiveAsync(CancellationToken cancellationToken = default);
}
