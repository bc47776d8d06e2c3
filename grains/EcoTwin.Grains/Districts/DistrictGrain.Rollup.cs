using System.Collections.Immutable;
using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Air;
using EcoTwin.Grains.Rollups;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Districts;

/// <summary>The roll-up of a district: what it publishes and tells its city.</summary>
public sealed partial class DistrictGrain
{
    private async Task RollUpAsync(CancellationToken cancellationToken)
    {
        var picture = Picture();
        State.Version = Members.NextVersion(State.Version, time.GetUtcNow());
        if (State.Info is not null && (_published is null || !TwinSummaries.SameContent(_published, picture.Summary)))
        {
            _published = picture.Summary with { Version = State.Version };
            outbox.PostSummary(_published); // an unregistered district has no place on the map, but still counts for its city
        }

        var rollup = new DistrictRollup(
            Key, State.Info?.Name ?? Key, AirSums.Of(picture.Air), MemberView.Of(picture.Summary), picture.Stations, picture.Sources, State.Version);
        await GrainFactory.GetGrain<ICityGrain>(DistrictInfoValidation.CityOf(Key)).OnDistrictChangedAsync(rollup, cancellationToken);
        await state.WriteStateAsync(cancellationToken);
    }

    private DistrictPicture Picture()
    {
        var stations = State.Members.Values.Where(m => m.View.Kind == TwinKind.Station).ToList();
        var sources = State.Members.Values.Where(m => m.View.Kind == TwinKind.Source).ToList();
        var air = AreaConcentrations.Of(stations.Where(IsAirStation).SelectMany(s => s.Hours.IsDefault ? [] : s.Hours));
        var airView = AreaAir.View(air);
        var sourceCounts = AreaCounts.Of(sources.Select(s => s.View.Status));
        var centroid = _boundary?.Centroid;
        var summary = new TwinSummary(
            TwinKind.District, Key, State.Info?.Name ?? Key, null, Key, centroid?.Lon, centroid?.Lat,
            sourceCounts.Exceeding > 0 ? TwinStatus.Exceeding : TwinStatus.Normal,
            airView.Aqi?.Aqi, airView.Aqi?.Level, airView.Aqi?.Primary ?? [], airView.Concentrations, null,
            State.Members.Values.Sum(m => m.View.OpenAlarms), 0);
        return new DistrictPicture(
            summary, air, airView, AreaCounts.Of(stations.Select(s => s.View.Status)), sourceCounts,
            [.. stations.Select(s => s.View)], [.. sources.Select(s => s.View)]);
    }

    private sealed record DistrictPicture(
        TwinSummary Summary, AreaConcentrations Air, AreaAqiView AirView, AreaCounts Stations, AreaCounts Sources,
        ImmutableArray<MemberView> StationViews, ImmutableArray<MemberView> SourceViews);
}
