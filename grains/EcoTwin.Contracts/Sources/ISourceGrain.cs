using System.Collections.Immutable;
using EcoTwin.Contracts.Devices;

namespace EcoTwin.Contracts.Sources;

/// <summary>The live twin of one discharge outlet with online monitoring (a pollution source), keyed by its device MN.</summary>
public interface ISourceGrain : IDeviceTwinGrain
{
    /// <summary>Registers the outlet or replaces its master data; the MN must equal the grain key. Says whether anything changed.</summary>
    /// <exception cref="MasterData.InvalidMasterDataException">The master data is invalid; the message names the field.</exception>
    Task<MasterData.MasterDataChange> RegisterAsync(SourceInfo info, CancellationToken cancellationToken = default);

    /// <summary>Returns the master data, or null when the outlet was never registered.</summary>
    Task<SourceInfo?> GetInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the emission limits (e.g. from a discharge permit) and re-judges the latest hours.</summary>
    Task SetLimitsAsync(ImmutableDictionary<string, LimitRange> limits, CancellationToken cancellationToken = default);
}
