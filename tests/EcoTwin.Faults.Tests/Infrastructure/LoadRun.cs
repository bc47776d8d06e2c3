using EcoTwin.Client.Simulation;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// The device simulator running in the background (acks recorded per device), with its progress
/// kept so a test can await a point of the run ("1 000 packets acknowledged") and read the ack count
/// at any moment.
/// </summary>
public sealed class LoadRun : IProgress<SimulationProgress>
{
    private readonly Lock _sync = new();
    private readonly List<(long Acked, TaskCompletionSource Reached)> _waiters = [];
    private SimulationProgress? _latest;

    private LoadRun(DeviceSimulator simulator) => Simulator = simulator;

    /// <summary>The simulator.</summary>
    public DeviceSimulator Simulator { get; }

    /// <summary>The run; its report when done.</summary>
    public Task<SimulationReport> Completion { get; private set; } = null!;

    /// <summary>The latest progress snapshot (null before the first).</summary>
    public SimulationProgress? Latest
    {
        get
        {
            lock (_sync)
            {
                return _latest;
            }
        }
    }

    /// <summary>Acknowledged packets so far (as of the latest snapshot).</summary>
    public long Acked => Latest?.Acked ?? 0;

    /// <summary>Starts a run of <paramref name="options"/>, with acks recorded and progress four times a second.</summary>
    public static LoadRun Start(DeviceSimulatorOptions options)
    {
        options.RecordAckedQns = true;
        options.ProgressInterval = TimeSpan.FromMilliseconds(250);
        var run = new LoadRun(new DeviceSimulator(options));
        run.Completion = Task.Run(() => run.Simulator.RunAsync(run));
        return run;
    }

    /// <summary>Completes when <paramref name="acked"/> packets are acknowledged; throws when the run ends or the time is up first.</summary>
    public async Task WhenAckedAsync(long acked, TimeSpan timeout)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            if ((_latest?.Acked ?? 0) >= acked)
            {
                return;
            }

            _waiters.Add((acked, reached));
        }

        var first = await Task.WhenAny(reached.Task, Completion, Task.Delay(timeout));
        if (first != reached.Task)
        {
            throw new TimeoutException($"{acked} acks not reached (at {Acked}){(Completion.IsCompleted ? ": the run ended" : string.Empty)}");
        }
    }

    /// <summary>
    /// Completes once the ack count has not moved for <paramref name="quiet"/> (answers already on
    /// their way have arrived); throws when it keeps moving for <paramref name="timeout"/>.
    /// </summary>
    public async Task WhenAcksQuietAsync(TimeSpan quiet, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (last, since) = (Acked, clock.Elapsed);
        while (clock.Elapsed < timeout)
        {
            await Task.Delay(100);
            if (Acked != last)
            {
                (last, since) = (Acked, clock.Elapsed);
            }
            else if (clock.Elapsed - since >= quiet)
            {
                return;
            }
        }

        throw new TimeoutException($"acks still moving after {timeout.TotalSeconds:0} s (at {Acked})");
    }

    /// <inheritdoc />
    public void Report(SimulationProgress value)
    {
        lock (_sync)
        {
            _latest = value;
            foreach (var waiter in _waiters.Where(w => w.Acked <= value.Acked).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
