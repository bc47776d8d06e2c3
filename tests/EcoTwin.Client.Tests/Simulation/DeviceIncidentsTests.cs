using EcoTwin.Client.Simulation;

namespace EcoTwin.Client.Tests.Simulation;

public sealed class DeviceIncidentsTests
{
    private static readonly DateTime Start = new(2026, 11, 25, 0, 0, 0);

    [Fact]
    public void About_one_device_window_in_fifty_is_silent_and_the_same_seed_gives_the_same_silences()
    {
        var incidents = new DeviceIncidents(seed: 5);
        var windows = Enumerable.Range(0, 200).SelectMany(device => Enumerable.Range(0, 50).Select(w => ($"MN{device:D4}", Start + (w * DeviceIncidents.SilenceWindow)))).ToList();

        var silent = windows.Where(w => incidents.IsSilent(w.Item1, w.Item2)).ToList();

        Assert.InRange(silent.Count / (double)windows.Count, 0.012, 0.03);
        Assert.Equal(silent, windows.Where(w => new DeviceIncidents(seed: 5).IsSilent(w.Item1, w.Item2)));
        Assert.NotEqual(silent, windows.Where(w => new DeviceIncidents(seed: 6).IsSilent(w.Item1, w.Item2)));
    }

    [Fact]
    public void Flags_are_mostly_N_with_some_M_C_and_D_and_all_D_in_a_fault_burst()
    {
        var incidents = new DeviceIncidents(seed: 5);
        var flags = Enumerable.Range(0, 100_000).Select(i => incidents.FlagOf("MN0001", "a34004", Start.AddSeconds(i))).ToList();

        Assert.InRange(flags.Count(f => f == 'N') / (double)flags.Count, 0.96, 0.995);
        Assert.Contains('M', flags);
        Assert.Contains('C', flags);
        Assert.Contains('D', flags);
        var burst = Enumerable.Range(0, 10_000).Select(i => Start + (i * DeviceIncidents.FaultWindow)).First(t => incidents.InFaultBurst("MN0001", t));
        Assert.All(Enumerable.Range(0, 60), s => Assert.Equal('D', incidents.FlagOf("MN0001", "a34004", burst.AddSeconds(s))));
    }

    [Fact]
    public void Quiet_run_has_no_incidents()
    {
        var quiet = new DeviceIncidents(seed: 5, enabled: false);

        Assert.DoesNotContain(Enumerable.Range(0, 10_000), w => quiet.IsSilent("MN0001", Start + (w * DeviceIncidents.SilenceWindow)));
        Assert.All(Enumerable.Range(0, 10_000), s => Assert.Equal('N', quiet.FlagOf("MN0001", "a34004", Start.AddSeconds(s))));
    }
}
