using System.Collections.Immutable;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Contracts.Enterprises;

/// <summary>
/// The twin of one enterprise, keyed by its unified social credit code: master data with a version
/// history and review (approve, distribute), its outlets, and a live summary rolled up from them.
/// Its business records (permits, inspections, penalties, cases) will be a timeline of their own
/// beside the history; the master data events here stay master data only.
/// </summary>
public interface IEnterpriseGrain : IGrainWithStringKey
{
    /// <summary>Registers the enterprise or replaces its master data (Created/Updated events); the code must equal the key.</summary>
    /// <exception cref="InvalidMasterDataException">The master data or the key is invalid; the message names the field.</exception>
    Task<MasterDataChange> RegisterAsync(EnterpriseInfo info, string by, CancellationToken cancellationToken = default);

    /// <summary>Replaces the master data of a registered enterprise.</summary>
    /// <exception cref="MasterDataConflictException">The enterprise is not registered.</exception>
    Task<MasterDataChange> UpdateAsync(EnterpriseInfo info, string by, CancellationToken cancellationToken = default);

    /// <summary>Approves the current version (nothing happens when it is approved already).</summary>
    /// <exception cref="MasterDataConflictException">The enterprise is not registered.</exception>
    Task<EnterpriseRecord> ApproveAsync(string by, CancellationToken cancellationToken = default);

    /// <summary>Marks the approved current version as distributed to the other departments' systems.</summary>
    /// <exception cref="MasterDataConflictException">The enterprise is not registered or its current version is not approved.</exception>
    Task<EnterpriseRecord> DistributeAsync(string by, CancellationToken cancellationToken = default);

    /// <summary>The current master data with version and stage; null when never registered.</summary>
    Task<EnterpriseRecord?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Every master data event, oldest first.</summary>
    Task<ImmutableArray<EnterpriseEvent>> GetHistoryAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds an outlet (its MN) to the enterprise's outlets; called by the outlet when it registers.</summary>
    Task AttachSourceAsync(string mn, CancellationToken cancellationToken = default);

    /// <summary>Removes an outlet that now belongs to another enterprise.</summary>
    Task DetachSourceAsync(string mn, CancellationToken cancellationToken = default);

    /// <summary>The MNs of its outlets, in order.</summary>
    Task<ImmutableArray<string>> GetSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Takes in changed summaries of its outlets (from the silos' change feeds).</summary>
    Task OnSourcesChangedAsync(ImmutableArray<TwinSummary> sources, CancellationToken cancellationToken = default);

    /// <summary>The live state rolled up from its outlets.</summary>
    Task<EnterpriseLive> GetLiveAsync(CancellationToken cancellationToken = default);
}
