namespace EcoTwin.Contracts.Districts;

/// <summary>
/// The twin of the whole city above its districts, keyed by the city's GB/T 2260 code (320400 for
/// the districts 3204xx): city AQI, counts and the district ranking.
/// </summary>
public interface ICityGrain : IGrainWithStringKey
{
    /// <summary>Takes in a district's changed roll-up.</summary>
    Task OnDistrictChangedAsync(DistrictRollup district, CancellationToken cancellationToken = default);

    /// <summary>The live roll-up.</summary>
    Task<CityLive> GetLiveAsync(CancellationToken cancellationToken = default);
}
