using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Stations;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Stations;
using EcoTwin.Domain.Text;
using EcoTwin.Domain.Twins;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Stations;

/// <summary>The live twin of one monitoring station: latest values, hourly and daily averages, AQI, online state, alarms.</summary>
public sealed class StationGrain(
    [PersistentState("station", GrainStorageNames.Twins)] IPersistentState<StationState> state,
    TwinEnvironment env) : DeviceTwinGrain<StationState>(state, env), IStationGrain
{
    private StationLive _live = null!;

    /// <inheritdoc />
    protected override TwinKind Kind => TwinKind.Station;

    /// <inheritdoc />
    protected override FactorSet Factors => _live.Factors;

    private bool IsAir => State.Info?.Kind is null or StationKind.Air;

    /// <inheritdoc />
    public async Task<MasterDataChange> RegisterAsync(StationInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        var errors = StationInfoValidation.Validate(info);
        if (errors.Count > 0)
        {
            throw new InvalidMasterDataException(errors[0]);
        }

        if (info.Code != Key)
        {
            throw new InvalidMasterDataException(new("code", $"'{info.Code}' does not match the twin's key '{Key}'"));
        }

        if (info.SameAs(State.Info))
        {
            return MasterDataChange.Unchanged;
        }

        var change = State.Info is null ? MasterDataChange.Created : MasterDataChange.Updated;
        var wasAir = IsAir;
        State.Info = info;
        if (wasAir != IsAir)
        {
            _live = StationLive.Restore(_live.ToCheckpoint(), IsAir, Env.Options.TimeZone);
        }

        await CommitMasterDataAsync(cancellationToken);
        return change;
    }

    /// <inheritdoc />
    public Task<StationInfo?> GetInfoAsync(CancellationToken cancellationToken = default) => Task.FromResult(State.Info);

    /// <inheritdoc />
    protected override void RestoreLive() => _live = StationLive.Restore(State.Live, IsAir, Env.Options.TimeZone);

    /// <inheritdoc />
    protected override void CaptureLive() => State.Live = _live.ToCheckpoint();

    /// <inheritdoc />
    protected override IReadOnlyList<DateTimeOffset> ApplySamples(IReadOnlyList<FactorSample> samples) => _live.Apply(samples);

    /// <inheritdoc />
    protected override IReadOnlyList<DateTimeOffset> CloseDue(DateTimeOffset now) => _live.CloseDue(now, Env.Options.HourGrace);

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> PresentCauses(bool online)
    {
        var causes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (OfflineAlarmDue(online))
        {
            causes[AlarmCauses.Offline] = AlarmCauses.OfflineDetail(State.LastHeardAt);
        }

        var faulty = Factors.ByCode.Values.Where(f => f.LatestFlag == DataFlag.Fault).Select(f => f.Code).ToList();
        if (online && faulty.Count > 0)
        {
            causes[AlarmCauses.Fault] = AlarmCauses.FaultDetail(faulty);
        }

        return causes;
    }

    /// <inheritdoc />
    protected override TwinSummary Describe(bool online)
    {
        var info = State.Info;
        var equipment = Factors.ByCode.Values.Any(f => f.LatestFlag == DataFlag.Fault) ? DataFlag.Fault
            : Factors.ByCode.Values.Any(f => f.LatestFlag is DataFlag.Maintenance or DataFlag.Calibration) ? DataFlag.Maintenance
            : (DataFlag?)null;
        var aqi = _live.HourlyAqi;
        return new TwinSummary(
            TwinKind.Station, Key, info?.Name ?? Key, LowerName.Of(info?.Kind ?? StationKind.Air), info?.DistrictCode,
            info?.Location.Lon, info?.Location.Lat, TwinSummaries.StatusOf(online, false, equipment),
            aqi?.Aqi, aqi?.Level, [.. aqi?.Primary ?? []], LatestValues(), State.LastHeardAt, State.OpenAlarms.Length, 0);
    }

    /// <inheritdoc />
    protected override DeviceTwinView BuildView(TwinSummary summary) => new(
        summary,
        [.. Factors.ByCode.Values.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f => FactorViews.Of(f, null, false, null))],
        AqiViews.Of(_live.HourlyAqi),
        AqiViews.Of(_live.DailyAqi),
        AlarmViews(),
        summary.Status != TwinStatus.Offline,
        State.AppliedSeq);
}
