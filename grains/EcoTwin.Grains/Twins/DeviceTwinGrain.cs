using System.Collections.Immutable;
using EcoTwin.Contracts.Devices;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Grains.Twins;

/// <summary>
/// What stations and outlets share as twins fed by an HJ 212 device: replaying the raw log after
/// the checkpoint on activation, applying committed packets once each in sequence order, catching
/// up across a gap, the clock (online state, finishing silent hours), checkpoints, and publishing
/// readings, alarms and the summary. The concrete twin supplies its live rules.
/// </summary>
public abstract partial class DeviceTwinGrain<TState>(IPersistentState<TState> state, TwinEnvironment env) : Grain, IDeviceTwinGrain
    where TState : DeviceTwinState, new()
{
    private const int ReplayPage = 5000;
    private DeviceProfile? _device;
    private int _appliedSinceCheckpoint;
    private DateTimeOffset _lastCheckpointAt;
    private bool _dirty;
    private bool _postedSinceCheckpoint;
    private TwinSummary? _published;
    private ILogger? _logger;

    /// <summary>The persisted state.</summary>
    protected TState State => state.State;

    /// <summary>The twin's environment.</summary>
    protected TwinEnvironment Env => env;

    /// <summary>The twin's key: its device MN.</summary>
    protected string Key => this.GetPrimaryKeyString();

    /// <summary>The kind of twin.</summary>
    protected abstract TwinKind Kind { get; }

    /// <summary>The live factors.</summary>
    protected abstract FactorSet Factors { get; }

    /// <summary>
    /// Whether the device is online now: heard within the allowed silence, or, never heard, registered
    /// less than that long ago (a twin imported before its device connects is not an alarm yet).
    /// </summary>
    protected bool Online => OnlineRule.IsOnline(State.LastHeardAt ?? State.RegisteredAt, env.Time.GetUtcNow(), UploadInterval, env.Options.MissedIntervalsForOffline);

    /// <summary>Whether an offline alarm is due: offline, and registered or heard at some time (an unknown twin raises nothing).</summary>
    protected bool OfflineAlarmDue(bool online) => !online && (State.LastHeardAt ?? State.RegisteredAt) is not null;

    /// <summary>The device's upload interval (30 s when no device is registered).</summary>
    protected TimeSpan UploadInterval => _device?.UploadInterval ?? TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _device = await env.Devices.FindAsync(Key, cancellationToken);
        RestoreLive();
        _lastCheckpointAt = env.Time.GetUtcNow();
        await ReplayAsync(State.AppliedSeq, null, cancellationToken);
        var tick = env.Options.TickInterval < UploadInterval ? env.Options.TickInterval : UploadInterval;
        this.RegisterGrainTimer(OnTickAsync, new GrainTimerCreationOptions(tick, tick) { KeepAlive = true });
        Evaluate();
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await CheckpointAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task ApplyAsync(ImmutableArray<RawRecord> records, long? previousSeq, CancellationToken cancellationToken = default)
    {
        if (records.IsDefaultOrEmpty)
        {
            return;
        }

        if (records[0].Seq > State.AppliedSeq && previousSeq != State.AppliedSeq)
        {
            await ReplayAsync(State.AppliedSeq, records[0].Seq, cancellationToken); // a gap, or a sender that does not know
        }

        Apply(records);
        Evaluate();
        await CheckpointIfDueAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await ReplayAsync(State.AppliedSeq, null, cancellationToken);
        Evaluate();
        await CheckpointIfDueAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task EnsureActiveAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Restores the live state from <see cref="State"/>.</summary>
    protected abstract void RestoreLive();

    /// <summary>Puts the live state into <see cref="State"/> before a checkpoint.</summary>
    protected abstract void CaptureLive();

    /// <summary>Applies the samples of one packet; returns the hours that finished.</summary>
    protected abstract IReadOnlyList<DateTimeOffset> ApplySamples(IReadOnlyList<FactorSample> samples);

    /// <summary>Finishes hours nobody sent data for; returns them.</summary>
    protected abstract IReadOnlyList<DateTimeOffset> CloseDue(DateTimeOffset now);

    /// <summary>The causes of alarm present now (cause → detail), given whether the device is online.</summary>
    protected abstract IReadOnlyDictionary<string, string> PresentCauses(bool online);

    /// <summary>The summary as of now (its version is set by the caller).</summary>
    protected abstract TwinSummary Describe(bool online);

    /// <summary>Marks the state changed outside packets (master data) and publishes and checkpoints it.</summary>
    protected async Task CommitMasterDataAsync(CancellationToken cancellationToken)
    {
        State.MasterDataVersion++;
        State.MasterDataChangedAt = env.Time.GetUtcNow();
        State.RegisteredAt ??= State.MasterDataChangedAt;
        _dirty = true;
        Evaluate();
        await CheckpointAsync(cancellationToken);
    }

    private async Task ReplayAsync(long afterSeq, long? beforeSeq, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await env.RawLog.ReadAsync(Key, afterSeq, beforeSeq, ReplayPage, cancellationToken);
            if (page.Count == 0)
            {
                return;
            }

            Apply(page);
            afterSeq = page[^1].Seq;
            if (page.Count < ReplayPage)
            {
                return;
            }
        }
    }

    private void Apply(IEnumerable<RawRecord> records)
    {
        var zone = _device?.TimeZone ?? env.Options.TimeZone;
        foreach (var record in records)
        {
            if (record.Seq <= State.AppliedSeq)
            {
                continue; // applied before (replayed, or delivered twice)
            }

            var parsed = Hj212Parser.Parse(System.Text.Encoding.UTF8.GetBytes(record.Segment));
            if (parsed.Packet is { } packet)
            {
                var samples = PacketSamples.Extract(packet, zone);
                var finished = ApplySamples(samples);
                PostReadings(samples, finished);
            }
            else
            {
                LogUnreadable(Logger, Key, record.Seq, parsed.Error?.ToString());
            }

            State.AppliedSeq = record.Seq;
            if (State.LastHeardAt is null || record.ReceivedAt > State.LastHeardAt)
            {
                State.LastHeardAt = record.ReceivedAt;
            }

            _appliedSinceCheckpoint++;
            _dirty = true;
        }
    }

    private async Task OnTickAsync(CancellationToken cancellationToken)
    {
        var now = env.Time.GetUtcNow();
        var finished = CloseDue(now);
        if (finished.Count > 0)
        {
            PostReadings([], finished);
            _dirty = true;
        }

        Evaluate();
        if (_dirty && now - _lastCheckpointAt >= env.Options.CheckpointInterval)
        {
            await CheckpointAsync(cancellationToken);
        }
    }

    private async Task CheckpointIfDueAsync(CancellationToken cancellationToken)
    {
        if (_appliedSinceCheckpoint >= env.Options.CheckpointAfterPackets)
        {
            await CheckpointAsync(cancellationToken);
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        // Everything derived from the applied packets (readings, alarm events) must be written before
        // the checkpoint says they were applied; what is not, a replay after a crash writes again
        // (idempotently). A checkpoint of master data alone need not wait: summaries are rewritten anyway.
        if (_postedSinceCheckpoint)
        {
            await env.Outbox.WhenWrittenAsync(cancellationToken);
            _postedSinceCheckpoint = false;
        }

        CaptureLive();
        await state.WriteStateAsync(cancellationToken);
        _appliedSinceCheckpoint = 0;
        _lastCheckpointAt = env.Time.GetUtcNow();
        _dirty = false;
    }

    private ILogger Logger => _logger ??= ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType());
}
