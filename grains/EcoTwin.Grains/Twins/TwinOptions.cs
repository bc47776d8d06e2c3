using System.ComponentModel.DataAnnotations;

namespace EcoTwin.Grains.Twins;

/// <summary>How twins behave (configuration section <c>EcoTwin:Twins</c>).</summary>
public sealed class TwinOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "EcoTwin:Twins";

    /// <summary>A twin goes offline after this many upload intervals without a packet.</summary>
    [Range(1, 1000)]
    public int MissedIntervalsForOffline { get; set; } = 3;

    /// <summary>The city's time zone: local days, and device clocks unless a device says otherwise.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>How long after an hour ends a twin waits for late data before finishing it itself.</summary>
    public TimeSpan HourGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A twin checkpoints its state at most this long after its last change.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A twin checkpoints after applying this many packets since the last checkpoint.</summary>
    [Range(1, 1_000_000)]
    public int CheckpointAfterPackets { get; set; } = 2000;

    /// <summary>The most often a twin checks its clock-driven rules (online state, finishing hours).</summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);
}
