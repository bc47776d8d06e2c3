using System.Collections.Concurrent;
using EcoTwin.Contracts.Districts;
using EcoTwin.Grains.Districts;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>An in-memory districts table.</summary>
public sealed class FakeDistrictBoundaries : IDistrictBoundaries
{
    private readonly ConcurrentDictionary<string, DistrictInfo> _districts = new();

    /// <inheritdoc />
    public Task SaveAsync(DistrictInfo district, CancellationToken cancellationToken)
    {
        _districts[district.Code] = district;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DistrictInfo>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DistrictInfo>>([.. _districts.Values]);
}
