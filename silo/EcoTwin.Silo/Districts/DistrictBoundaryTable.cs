using EcoTwin.Contracts.Districts;
using EcoTwin.Grains.Districts;
using EcoTwin.Storage.Districts;

namespace EcoTwin.Silo.Districts;

/// <summary>The district boundaries as twins and locators use them, over <see cref="DistrictStore"/>.</summary>
public sealed class DistrictBoundaryTable(DistrictStore store) : IDistrictBoundaries
{
    /// <inheritdoc />
    public Task SaveAsync(DistrictInfo district, CancellationToken cancellationToken) =>
        store.UpsertAsync(new DistrictRow(district.Code, district.Name, district.NameEn, district.Boundary), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<DistrictInfo>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken)).Select(d => new DistrictInfo(d.Code, d.Name, d.NameEn, d.Boundary))];
}
