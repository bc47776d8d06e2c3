namespace EcoTwin.Client.Simulation;

/// <summary>
/// What goes wrong with simulated devices, as a pure function of (seed, MN, time): a device falls
/// silent for a two-minute window now and then, has a fault burst (every factor flagged D for a
/// minute), and single readings carry M (maintenance), C (calibration) or D (fault) flags.
/// </summary>
/// <param name="seed">The seed of the run; the same seed gives the same incidents.</param>
/// <param name="enabled">False for a quiet run: never silent, every flag N.</param>
public sealed class DeviceIncidents(int seed, bool enabled = true)
{
    /// <summary>How long a silence lasts (one window).</summary>
    public static readonly TimeSpan SilenceWindow = TimeSpan.FromMinutes(2);

    /// <summary>How long a fault burst lasts (one window).</summary>
    public static readonly TimeSpan FaultWindow = TimeSpan.FromMinutes(1);

    /// <summary>Share of silence windows in which a device sends nothing.</summary>
    public const double SilentShare = 0.02;

    /// <summary>Share of fault windows in which a device flags everything D.</summary>
    public const double FaultShare = 0.02;

    /// <summary>Share of single readings flagged M.</summary>
    public const double MaintenanceShare = 0.004;

    /// <summary>Share of single readings flagged C.</summary>
    public const double CalibrationShare = 0.003;

    /// <summary>Share of single readings flagged D outside bursts.</summary>
    public const double FaultReadingShare = 0.002;

    /// <summary>Whether the device <paramref name="mn"/> is silent at local time <paramref name="local"/>.</summary>
    public bool IsSilent(string mn, DateTime local) =>
        enabled && StableNoise.Unit(StableNoise.Key(seed, mn, "silence"), local.Ticks / SilenceWindow.Ticks) < SilentShare;

    /// <summary>Whether the device <paramref name="mn"/> is in a fault burst at <paramref name="local"/>.</summary>
    public bool InFaultBurst(string mn, DateTime local) =>
        enabled && StableNoise.Unit(StableNoise.Key(seed, mn, "fault-burst"), local.Ticks / FaultWindow.Ticks) < FaultShare;

    /// <summary>The data flag of one reading: N, or now and then M, C or D; always D in a fault burst.</summary>
    public char FlagOf(string mn, string factor, DateTime localSecond)
    {
        if (!enabled)
        {
            return 'N';
        }

        if (InFaultBurst(mn, localSecond))
        {
            return 'D';
        }

        var u = StableNoise.Unit(StableNoise.Key(seed, mn, factor), localSecond.Ticks / TimeSpan.TicksPerSecond);
        return u < MaintenanceShare ? 'M'
            : u < MaintenanceShare + CalibrationShare ? 'C'
            : u < MaintenanceShare + CalibrationShare + FaultReadingShare ? 'D'
            : 'N';
    }
}
