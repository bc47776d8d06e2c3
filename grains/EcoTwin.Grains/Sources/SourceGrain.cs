using System.Collections.Immutable;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Sources;
using EcoTwin.Domain.Twins;
using EcoTwin.Grains.Enterprises;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Sources;

/// <summary>
/// The live twin of one discharge outlet: latest values, hourly averages, exceedances against its
/// limits, today's emissions, equipment state, online state, alarms.
/// </summary>
public sealed class SourceGrain(
    [PersistentState("source", GrainStorageNames.Twins)] IPersistentState<SourceState> state,
    TwinEnvironment env) : DeviceTwinGrain<SourceState>(state, env), ISourceGrain
{
    private SourceLive _live = null!;
    private IReadOnlyDictionary<string, EmissionLimit> _limits = ImmutableDictionary<string, EmissionLimit>.Empty;

    /// <inheritdoc />
    protected override TwinKind Kind => TwinKind.Source;

    /// <inheritdoc />
    protected override FactorSet Factors => _live.Factors;

    /// <inheritdoc />
    public async Task<MasterDataChange> RegisterAsync(SourceInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        var errors = SourceInfoValidation.Validate(info);
        if (errors.Count > 0)
        {
            throw new InvalidMasterDataException(errors[0]);
        }

        if (info.Mn != Key)
        {
            throw new InvalidMasterDataException(new("mn", $"'{info.Mn}' does not match the twin's key '{Key}'"));
        }

        if (info.SameAs(State.Info))
        {
            return MasterDataChange.Unchanged;
        }

        var change = State.Info is null ? MasterDataChange.Created : MasterDataChange.Updated;
        await EnterpriseOutlets.MoveAsync(GrainFactory, Key, State.Info?.EnterpriseCode, info.EnterpriseCode, cancellationToken);
        State.Info = info;
        UseLimits(info.Limits);
        await CommitMasterDataAsync(cancellationToken);
        return change;
    }

    /// <inheritdoc />
    public Task<SourceInfo?> GetInfoAsync(CancellationToken cancellationToken = default) => Task.FromResult(State.Info);

    /// <inheritdoc />
    public async Task SetLimitsAsync(ImmutableDictionary<string, LimitRange> limits, CancellationToken cancellationToken = default)
    {
        if (State.Info is not { } info)
        {
            throw new InvalidMasterDataException(new("mn", $"outlet '{Key}' is not registered; register it before setting limits"));
        }

        await RegisterAsync(info with { Limits = limits }, cancellationToken);
    }

    /// <inheritdoc />
    protected override void RestoreLive()
    {
        _live = SourceLive.Restore(State.Live, Env.Options.TimeZone);
        UseLimits(State.Info?.Limits);
    }

    /// <inheritdoc />
    protected override void CaptureLive() => State.Live = _live.ToCheckpoint();

    /// <inheritdoc />
    protected override IReadOnlyList<DateTimeOffset> ApplySamples(IReadOnlyList<FactorSample> samples) => _live.Apply(samples, _limits);

    /// <inheritdoc />
    protected override IReadOnlyList<DateTimeOffset> CloseDue(DateTimeOffset now) => _live.CloseDue(now, Env.Options.HourGrace, _limits);

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> PresentCauses(bool online)
    {
        var causes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (OfflineAlarmDue(online))
        {
            causes[AlarmCauses.Offline] = AlarmCauses.OfflineDetail(State.LastHeardAt);
            return causes;
        }

        foreach (var exceedance in _live.Exceeding.Values)
        {
            causes[AlarmCauses.ExceedancePrefix + exceedance.Factor] =
                $"{exceedance.Factor} hourly average {exceedance.Value:0.###} at {exceedance.HourStart.UtcDateTime:yyyy-MM-dd HH}:00Z, limit {exceedance.Limit}";
        }

        var faulty = Factors.ByCode.Values.Where(f => f.LatestFlag == Domain.Quality.DataFlag.Fault).Select(f => f.Code).ToList();
        if (faulty.Count > 0)
        {
            causes[AlarmCauses.Fault] = AlarmCauses.FaultDetail(faulty);
        }

        return causes;
    }

    /// <inheritdoc />
    protected override TwinSummary Describe(bool online)
    {
        var info = State.Info;
        return new TwinSummary(
            TwinKind.Source, Key, info?.Name ?? Key, info?.Medium, info?.DistrictCode, info?.Location.Lon, info?.Location.Lat,
            TwinSummaries.StatusOf(online, _live.Exceeding.Count > 0, _live.EquipmentFlag),
            null, null, [], LatestValues(), State.LastHeardAt, State.OpenAlarms.Length, 0, info?.EnterpriseCode);
    }

    /// <inheritdoc />
    protected override DeviceTwinView BuildView(TwinSummary summary)
    {
        var totals = _live.TodaysEmissions(Env.Time.GetUtcNow());
        return new DeviceTwinView(
            summary,
            [.. Factors.ByCode.Values.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f => FactorViews.Of(
                f, _limits.GetValueOrDefault(f.Code), _live.Exceeding.ContainsKey(f.Code), totals.TryGetValue(f.Code, out var total) ? total : null))],
            null,
            null,
            AlarmViews(),
            summary.Status != TwinStatus.Offline,
            State.AppliedSeq);
    }

    private void UseLimits(ImmutableDictionary<string, LimitRange>? limits)
    {
        _limits = (limits ?? ImmutableDictionary<string, LimitRange>.Empty).ToImmutableDictionary(pair => pair.Key, pair => new EmissionLimit(pair.Value.Max, pair.Value.Min));
        _live?.Rejudge(_limits);
    }
}
