namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// Watches a silo while something is done to it: twice a second its readiness, resident memory and
/// open files, and how many packets the good devices have had acknowledged.
/// </summary>
public sealed class SiloWatch
{
    private readonly List<(TimeSpan At, bool Ready, long Rss, int Files, long Acked)> _samples = [];

    /// <summary>Samples taken so far.</summary>
    public IReadOnlyList<(TimeSpan At, bool Ready, long Rss, int Files, long Acked)> Samples => _samples;

    /// <summary>Samples readings of <paramref name="silo"/> and <paramref name="load"/> until <paramref name="stop"/>.</summary>
    public async Task RunAsync(SiloNode silo, LoadRun load, CancellationToken stop)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            do
            {
                _samples.Add((clock.Elapsed, await silo.IsReadyAsync(), silo.ResidentBytes, ProcessMemory.OpenFiles(silo.Process.Id), load.Acked));
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
            // done
        }
    }

    /// <summary>The longest stretch without a new acknowledgement for the good devices.</summary>
    public TimeSpan LongestAckGap()
    {
        var longest = TimeSpan.Zero;
        var since = _samples.Count > 0 ? _samples[0].At : TimeSpan.Zero;
        for (var i = 1; i < _samples.Count; i++)
        {
            if (_samples[i].Acked > _samples[i - 1].Acked)
            {
                since = _samples[i].At;
            }

            longest = Max(longest, _samples[i].At - since);
        }

        return longest;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
