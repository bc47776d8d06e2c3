using System.Collections.Immutable;
using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Stations;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Air;
using EcoTwin.Domain.Geo;
using EcoTwin.Grains.Rollups;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Districts;

/// <summary>
/// The twin of one district: name and boundary, and the live roll-up of the stations and outlets
/// inside the boundary. Membership follows the polygons (<see cref="DistrictMap.MembershipOf"/>):
/// a twin registered with this code but standing inside another district's polygon counts there.
/// The district AQI is the AQI of the district-average concentrations of its air stations' latest
/// valid hourly values (<see cref="AreaConcentrations"/>), read from the stations when their
/// summaries say an hour may have finished. Every change goes to the city twin above it.
/// </summary>
public sealed partial class DistrictGrain(
    [PersistentState("district", GrainStorageNames.Twins)] IPersistentState<DistrictState> state,
    IDistrictBoundaries boundaries,
    DistrictLocator locator,
    ITwinOutbox outbox,
    TimeProvider time,
    ILogger<DistrictGrain> logger) : Grain, IDistrictGrain
{
    private Boundary? _boundary;
    private TwinSummary? _published;

    private DistrictState State => state.State;

    private string Key => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Info is { } info && Boundary.TryParse(info.Boundary, out var boundary, out _))
        {
            _boundary = boundary;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<MasterDataChange> RegisterAsync(DistrictInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (DistrictInfoValidation.Code("code", Key) is { } badKey)
        {
            throw new InvalidMasterDataException(badKey);
        }

        var (boundary, errors) = DistrictInfoValidation.Validate(info);
        if (errors.Count > 0)
        {
            throw new InvalidMasterDataException(errors[0]);
        }

        if (info.Code != Key)
        {
            throw new InvalidMasterDataException(new("code", $"'{info.Code}' does not match the twin's key '{Key}'"));
        }

        var normalised = info with { Boundary = boundary!.ToGeoJson() };
        if (normalised == State.Info)
        {
            return MasterDataChange.Unchanged;
        }

        var change = State.Info is null ? MasterDataChange.Created : MasterDataChange.Updated;
        State.Info = normalised;
        _boundary = boundary;
        await boundaries.SaveAsync(normalised, cancellationToken);
        locator.Invalidate();
        Prune(await locator.GetMapAsync(cancellationToken));
        await RollUpAsync(cancellationToken);
        return change;
    }

    /// <inheritdoc />
    public Task<DistrictInfo?> GetInfoAsync(CancellationToken cancellationToken = default) => Task.FromResult(State.Info);

    /// <inheritdoc />
    public async Task OnMembersChangedAsync(ImmutableArray<TwinSummary> members, CancellationToken cancellationToken = default)
    {
        var map = await locator.GetMapAsync(cancellationToken);
        var now = time.GetUtcNow();
        var changed = false;
        var stale = new List<string>();
        foreach (var summary in members.Where(s => s.Kind is TwinKind.Station or TwinKind.Source))
        {
            var before = State.Members.GetValueOrDefault(summary.Id);
            if (before is not null && before.Version >= summary.Version)
            {
                continue;
            }

            var member = TrackedMember.Of(summary, before);
            if (!Belongs(map, member))
            {
                changed |= State.Members.Remove(summary.Id);
                continue;
            }

            State.Members[summary.Id] = member;
            changed |= !member.SameAs(before);
            if (IsAirStation(member) && HoursDue(member, before, now))
            {
                stale.Add(summary.Id);
            }
        }

        changed |= await ReadHoursAsync(stale, now);
        changed |= Prune(map);
        if (changed)
        {
            await RollUpAsync(cancellationToken); // values alone change nothing here; states, AQIs and hours do
        }
    }

    /// <inheritdoc />
    public Task<DistrictLive> GetLiveAsync(CancellationToken cancellationToken = default)
    {
        var picture = Picture();
        return Task.FromResult(new DistrictLive(
            _published ?? picture.Summary, picture.AirView, picture.Stations, picture.Sources, picture.Summary.OpenAlarms,
            Members.ByAqi(picture.StationViews), Members.ByStatus(picture.SourceViews.Where(s => s.Status != TwinStatus.Normal))));
    }

    private static bool IsAirStation(TrackedMember member) => member.View is { Kind: TwinKind.Station, SubKind: "air" };

    // Re-read a station's hours when it is new, its line changed (a new hourly AQI), or an hour newer than the one held may have finished.
    private static bool HoursDue(TrackedMember member, TrackedMember? before, DateTimeOffset now) =>
        before?.HoursReadAt is not { } readAt
        || !member.View.SameAs(before.View)
        || (now - (member.Hours.IsDefaultOrEmpty ? DateTimeOffset.MinValue : member.Hours.Max(h => h.HourStart)) >= TimeSpan.FromHours(2)
            && now - readAt >= TimeSpan.FromMinutes(1));

    private bool Belongs(DistrictMap map, TrackedMember member) =>
        map.MembershipOf(member.Lon is { } lon && member.Lat is { } lat ? new LonLat(lon, lat) : null, member.DistrictCode) == Key;

    private bool Prune(DistrictMap map)
    {
        var gone = State.Members.Where(pair => !Belongs(map, pair.Value)).Select(pair => pair.Key).ToList();
        gone.ForEach(id => State.Members.Remove(id));
        return gone.Count > 0;
    }

    private async Task<bool> ReadHoursAsync(List<string> ids, DateTimeOffset now)
    {
        var reads = await Task.WhenAll(ids.Select(async id =>
        {
            try
            {
                var view = await GrainFactory.GetGrain<IStationGrain>(State.Members[id].View.Key).GetViewAsync();
                return (Id: id, Hours: (ImmutableArray<StationHourValue>?)[.. view.Factors
                    .Where(f => f is { LastHourValid: true, LastHour: not null, LastHourStart: not null })
                    .Select(f => new StationHourValue(f.Code, f.LastHourStart!.Value, f.LastHour!.Value))]);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogHoursUnread(logger, Key, id, ex.Message);
                return (Id: id, Hours: null);
            }
        }));
        var changed = false;
        foreach (var (id, hours) in reads.Where(r => r.Hours is not null && State.Members.ContainsKey(r.Id)))
        {
            var before = State.Members[id];
            changed |= !before.Hours.AsSpan().SequenceEqual(hours!.Value.AsSpan());
            State.Members[id] = before with { Hours = hours!.Value, HoursReadAt = now };
        }

        return changed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "District {District} could not read the hourly values of {Station}: {Reason}")]
    private static partial void LogHoursUnread(ILogger logger, string district, string station, string reason);
}
