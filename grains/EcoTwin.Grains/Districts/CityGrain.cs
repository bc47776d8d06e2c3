using System.Collections.Immutable;
using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Air;
using EcoTwin.Grains.Rollups;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Districts;

/// <summary>
/// The twin of the whole city, fed by its districts' roll-ups: the city AQI over all air stations
/// (sums merged, not district AQIs averaged), counts, open alarms, and the districts ranked by AQI.
/// </summary>
public sealed class CityGrain(
    [PersistentState("city", GrainStorageNames.Twins)] IPersistentState<CityState> state,
    ITwinOutbox outbox,
    TimeProvider time) : Grain, ICityGrain
{
    /// <summary>The name the city's summary carries (全市, "the whole city").</summary>
    public const string Name = "全市";

    private TwinSummary? _published;

    private CityState State => state.State;

    /// <inheritdoc />
    public async Task OnDistrictChangedAsync(DistrictRollup district, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(district);
        if (State.Districts.TryGetValue(district.Code, out var before) && before.Version >= district.Version)
        {
            return;
        }

        State.Districts[district.Code] = district;
        var summary = Live().Summary;
        if (_published is null || !TwinSummaries.SameContent(_published, summary))
        {
            State.SummaryVersion = Members.NextVersion(State.SummaryVersion, time.GetUtcNow());
            _published = summary with { Version = State.SummaryVersion };
            outbox.PostSummary(_published);
        }

        await state.WriteStateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<CityLive> GetLiveAsync(CancellationToken cancellationToken = default)
    {
        var live = Live();
        return Task.FromResult(_published is null ? live : live with { Summary = _published });
    }

    private CityLive Live()
    {
        var districts = State.Districts.Values.ToList();
        var air = AreaAir.View(AreaConcentrations.Merge(districts.Select(d => d.Air.ToConcentrations())));
        var stations = AreaCounts.Sum(districts.Select(d => d.Stations));
        var sources = AreaCounts.Sum(districts.Select(d => d.Sources));
        var openAlarms = districts.Sum(d => d.Member.OpenAlarms);
        var summary = new TwinSummary(
            TwinKind.City, this.GetPrimaryKeyString(), Name, null, null, null, null,
            sources.Exceeding > 0 ? TwinStatus.Exceeding : TwinStatus.Normal,
            air.Aqi?.Aqi, air.Aqi?.Level, air.Aqi?.Primary ?? [], air.Concentrations, null, openAlarms, 0);
        var members = districts.Select(d => d.Member).ToList();
        ImmutableArray<MemberView> ranking = [.. Members.ByAqi(members), .. members.Where(m => m.Aqi is null).OrderBy(m => m.Key, StringComparer.Ordinal)];
        return new CityLive(summary, air, stations, sources, openAlarms, ranking);
    }
}
