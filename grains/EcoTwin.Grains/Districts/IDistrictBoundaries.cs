using EcoTwin.Contracts.Districts;

namespace EcoTwin.Grains.Districts;

/// <summary>
/// The districts table as the district twins write it and each silo's <see cref="DistrictLocator"/>
/// reads it: one row per registered district with its boundary.
/// </summary>
public interface IDistrictBoundaries
{
    /// <summary>Adds or replaces the row of a district.</summary>
    Task SaveAsync(DistrictInfo district, CancellationToken cancellationToken);

    /// <summary>Every registered district.</summary>
    Task<IReadOnlyList<DistrictInfo>> ListAsync(CancellationToken cancellationToken);
}
