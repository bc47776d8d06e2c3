using System.Collections.Immutable;
using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Twins;
using EcoTwin.Grains.Rollups;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Enterprises;

/// <summary>
/// The twin of one enterprise: master data as a history of events (created, updated, approved,
/// distributed), its outlets, and a live summary rolled up from their summaries. Business records
/// (permits, inspections, penalties, cases) belong to a timeline of their own, a later addition
/// beside <see cref="EnterpriseState.Events"/>, not inside it.
/// </summary>
public sealed class EnterpriseGrain(
    [PersistentState("enterprise", GrainStorageNames.Twins)] IPersistentState<EnterpriseState> state,
    ITwinOutbox outbox,
    TimeProvider time) : Grain, IEnterpriseGrain
{
    private const int MaxByLength = 100;
    private TwinSummary? _published;

    private EnterpriseState State => state.State;

    private string Key => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<MasterDataChange> RegisterAsync(EnterpriseInfo info, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        Check(by);
        if (EnterpriseInfoValidation.Code("code", Key) is { } badKey)
        {
            throw new InvalidMasterDataException(badKey);
        }

        if (EnterpriseInfoValidation.Validate(info) is [var first, ..])
        {
            throw new InvalidMasterDataException(first);
        }

        if (info.Code != Key)
        {
            throw new InvalidMasterDataException(new("code", $"'{info.Code}' does not match the twin's key '{Key}'"));
        }

        if (info == State.Info)
        {
            return MasterDataChange.Unchanged;
        }

        var change = State.Info is null ? MasterDataChange.Created : MasterDataChange.Updated;
        State.Info = info;
        State.Version++;
        State.Stage = EnterpriseStage.Pending;
        Record(change == MasterDataChange.Created ? EnterpriseEventKind.Created : EnterpriseEventKind.Updated, by, info);
        Publish();
        await state.WriteStateAsync(cancellationToken);
        return change;
    }

    /// <inheritdoc />
    public Task<MasterDataChange> UpdateAsync(EnterpriseInfo info, string by, CancellationToken cancellationToken = default) =>
        State.Info is null ? throw NotRegistered() : RegisterAsync(info, by, cancellationToken);

    /// <inheritdoc />
    public async Task<EnterpriseRecord> ApproveAsync(string by, CancellationToken cancellationToken = default)
    {
        Check(by);
        if (State.Info is null)
        {
            throw NotRegistered();
        }

        if (State.Stage == EnterpriseStage.Pending)
        {
            State.Stage = EnterpriseStage.Approved;
            Record(EnterpriseEventKind.Approved, by, null);
            await state.WriteStateAsync(cancellationToken);
        }

        return Current()!;
    }

    /// <inheritdoc />
    public async Task<EnterpriseRecord> DistributeAsync(string by, CancellationToken cancellationToken = default)
    {
        Check(by);
        if (State.Info is null)
        {
            throw NotRegistered();
        }

        if (State.Stage == EnterpriseStage.Pending)
        {
            throw new MasterDataConflictException($"Enterprise '{Key}' version {State.Version} is not approved; approve it before distributing it.");
        }

        State.Stage = EnterpriseStage.Distributed;
        Record(EnterpriseEventKind.Distributed, by, null); // every distribution is recorded, a re-send too
        await state.WriteStateAsync(cancellationToken);
        return Current()!;
    }

    /// <inheritdoc />
    public Task<EnterpriseRecord?> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Current());

    /// <inheritdoc />
    public Task<ImmutableArray<EnterpriseEvent>> GetHistoryAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<ImmutableArray<EnterpriseEvent>>([.. State.Events]);

    /// <inheritdoc />
    public async Task AttachSourceAsync(string mn, CancellationToken cancellationToken = default)
    {
        if (AddSource(mn))
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task DetachSourceAsync(string mn, CancellationToken cancellationToken = default)
    {
        if (State.Sources.Remove(mn) | State.Outlets.Remove(mn))
        {
            Publish();
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task<ImmutableArray<string>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<ImmutableArray<string>>([.. State.Sources]);

    /// <inheritdoc />
    public async Task OnSourcesChangedAsync(ImmutableArray<TwinSummary> sources, CancellationToken cancellationToken = default)
    {
        var changed = false;
        // Membership is decided by Attach/Detach (the outlet's master data); a summary only updates a
        // member, so one published before a move and delivered after it cannot bring the outlet back.
        foreach (var summary in sources.Where(s => s.Kind == TwinKind.Source && s.Parent == Key && State.Sources.BinarySearch(s.Key, StringComparer.Ordinal) >= 0))
        {
            var before = State.Outlets.GetValueOrDefault(summary.Key);
            if (before is not null && before.Version >= summary.Version)
            {
                continue;
            }

            var member = TrackedMember.Of(summary, before);
            State.Outlets[summary.Key] = member;
            changed |= !member.View.SameAs(before?.View);
        }

        if (changed)
        {
            Publish();
            await state.WriteStateAsync(cancellationToken); // only when an outlet's state, not just its values, changed
        }
    }

    /// <inheritdoc />
    public Task<EnterpriseLive> GetLiveAsync(CancellationToken cancellationToken = default)
    {
        var outlets = Outlets().ToList();
        return Task.FromResult(new EnterpriseLive(
            _published ?? Describe(), AreaCounts.Of(outlets.Select(o => o.Status)), outlets.Sum(o => o.OpenAlarms), Members.ByStatus(outlets)));
    }

    private IEnumerable<MemberView> Outlets() =>
        State.Sources.Select(mn => State.Outlets.TryGetValue(mn, out var outlet) ? outlet.View : null).OfType<MemberView>();

    private bool AddSource(string mn)
    {
        var at = State.Sources.BinarySearch(mn, StringComparer.Ordinal);
        if (at >= 0)
        {
            return false;
        }

        State.Sources.Insert(~at, mn);
        return true;
    }

    private EnterpriseRecord? Current()
    {
        var last = State.Events.LastOrDefault();
        return State.Info is null || last is null ? null : new EnterpriseRecord(State.Info, State.Version, State.Stage, last.By, last.At);
    }

    private void Record(EnterpriseEventKind kind, string by, EnterpriseInfo? info) =>
        State.Events.Add(new EnterpriseEvent(State.Events.Count + 1, kind, State.Version, by, time.GetUtcNow(), info));

    private TwinSummary Describe()
    {
        var info = State.Info;
        var outlets = Outlets().ToList();
        return new TwinSummary(
            TwinKind.Enterprise, Key, info?.Name ?? Key, info?.Industry, info?.DistrictCode, info?.Location.Lon, info?.Location.Lat,
            Members.Worst(outlets), null, null, [], ImmutableDictionary<string, double>.Empty, null, outlets.Sum(o => o.OpenAlarms), 0);
    }

    // Publishes the summary when it shows something new; an enterprise not registered yet has no place on the map.
    private void Publish()
    {
        var summary = Describe();
        if (State.Info is null || (_published is not null && TwinSummaries.SameContent(_published, summary)))
        {
            return;
        }

        State.SummaryVersion = Members.NextVersion(State.SummaryVersion, time.GetUtcNow());
        _published = summary with { Version = State.SummaryVersion };
        outbox.PostSummary(_published);
    }

    private static void Check(string by)
    {
        if (string.IsNullOrWhiteSpace(by) || by.Length > MaxByLength)
        {
            throw new InvalidMasterDataException(new("by", $"is required: who makes the change, at most {MaxByLength} characters"));
        }
    }

    private MasterDataConflictException NotRegistered() => new($"Enterprise '{Key}' is not registered.");
}
