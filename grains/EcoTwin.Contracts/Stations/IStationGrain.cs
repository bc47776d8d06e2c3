using EcoTwin.Contracts.Devices;

namespace EcoTwin.Contracts.Stations;

/// <summary>The live twin of one monitoring station, keyed by its station code (its device MN).</summary>
public interface IStationGrain : IDeviceTwinGrain
{
    /// <summary>Registers the station or replaces its master data; the code must equal the grain key. Says whether anything changed.</summary>
    /// <exception cref="MasterData.InvalidMasterDataException">The master data is invalid; the message names the field.</exception>
    Task<MasterData.MasterDataChange> RegisterAsync(StationInfo info, CancellationToken cancellationToken = default);

    /// <summary>Returns the master data, or null when the station was never registered.</summary>
    Task<StationInfo?> GetInfoAsync(CancellationToken cancellationToken = default);
}
