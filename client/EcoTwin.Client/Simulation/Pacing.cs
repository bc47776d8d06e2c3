namespace EcoTwin.Client.Simulation;

/// <summary>
/// The run's single timer loop: every few milliseconds it hands the packets now due to the devices
/// in turn (so each sends Rate / devices per second), applies OverTime to every device and reports
/// progress. After the duration it keeps applying OverTime until every packet is answered or given up.
/// </summary>
internal sealed class Pacing(DeviceSession[] sessions, SimulationContext context)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(5);
    private readonly DeviceSimulatorOptions _options = context.Options;
    private readonly SimulationCounters _counters = context.Counters;
    private readonly TimeProvider _time = context.Time;
    private long _started;
    private TimeSpan _lastReport;
    private long _lastAcked;

    /// <summary>Sends, drains and returns how long it all took.</summary>
    public async Task<TimeSpan> RunAsync(IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Tick, _time);
        _started = _time.GetTimestamp();
        long produced = 0;
        var cursor = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var now = _time.GetTimestamp();
                var elapsed = _time.GetElapsedTime(_started, now);
                var sending = elapsed < _options.Duration ? elapsed : _options.Duration;
                var due = (long)(_options.Rate * sending.TotalSeconds) - produced;
                if (due > 0)
                {
                    var local = CityClock.Local(_time.GetUtcNow());
                    for (var i = 0; i < due; i++)
                    {
                        var session = sessions[cursor];
                        cursor = (cursor + 1) % sessions.Length;
                        if (!context.Incidents.IsSilent(session.Device.Mn, local))
                        {
                            session.Produce(local, now);
                        }
                    }

                    produced += due;
                }

                Expire(now, progress);
                if (elapsed >= _options.Duration)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped early: drain briefly below.
        }

        await DrainAsync(timer, progress, cancellationToken);
        return _time.GetElapsedTime(_started);
    }

    private async Task DrainAsync(PeriodicTimer timer, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        // The last packet's last resend runs out after AckTimeout x (Retries + 1); a little more so it is seen to.
        // The wait restarts whenever a packet is answered, resent or given up on, so a stalled machine
        // (a late timer, a GC pause) does not end it while packets are still in play; it ends once
        // nothing has happened for that long (e.g. a device offline, keeping its packets).
        var last = _options.AckTimeout * (_options.Retries + 1);
        var grace = Ticks(last + TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond * 100, last.Ticks / 10)));
        var deadline = _time.GetTimestamp() + (cancellationToken.IsCancellationRequested ? Ticks(_options.StopGrace) : grace);
        var shortened = cancellationToken.IsCancellationRequested;
        var moves = Moves();
        while (sessions.Any(session => session.Pending > 0) && await timer.WaitForNextTickAsync(CancellationToken.None))
        {
            var now = _time.GetTimestamp();
            if (!shortened && cancellationToken.IsCancellationRequested)
            {
                deadline = Math.Min(deadline, now + Ticks(_options.StopGrace));
                shortened = true;
            }

            var movesNow = Moves();
            if (!shortened && movesNow != moves)
            {
                moves = movesNow;
                deadline = Math.Max(deadline, now + grace);
            }

            if (now >= deadline)
            {
                break;
            }

            Expire(now, progress);
        }
    }

    /// <summary>How many times a packet was answered, resent or given up on so far.</summary>
    private long Moves() => _counters.Acked + _counters.Retried + _counters.Rejected;

    private void Expire(long now, IProgress<SimulationProgress>? progress)
    {
        foreach (var session in sessions)
        {
            session.Expire(now);
        }

        Report(progress);
    }

    private void Report(IProgress<SimulationProgress>? progress)
    {
        var elapsed = _time.GetElapsedTime(_started);
        if (progress is null || elapsed - _lastReport < _options.ProgressInterval)
        {
            return;
        }

        var acked = _counters.Acked;
        var seconds = (elapsed - _lastReport).TotalSeconds;
        progress.Report(new SimulationProgress(
            elapsed,
            _counters.Sent,
            acked,
            _counters.Retried,
            _counters.Rejected,
            _counters.Reconnects,
            sessions.Sum(session => (long)session.Pending),
            sessions.Count(session => session.Connected),
            seconds > 0 ? (acked - _lastAcked) / seconds : 0,
            _counters.Latency.Percentile(50),
            _counters.Latency.Percentile(99)));
        _lastReport = elapsed;
        _lastAcked = acked;
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);
}
