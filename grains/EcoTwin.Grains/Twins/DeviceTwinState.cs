using EcoTwin.Domain.Alarms;

namespace EcoTwin.Grains.Twins;

/// <summary>What every device-fed twin checkpoints besides its own live state.</summary>
[GenerateSerializer, Alias("EcoTwin.DeviceTwinState")]
public abstract class DeviceTwinState
{
    /// <summary>The raw-log sequence number of the last packet applied; replay starts after it.</summary>
    [Id(0)]
    public long AppliedSeq { get; set; }

    /// <summary>When the device was last heard (receive time of its latest packet, UTC).</summary>
    [Id(1)]
    public DateTimeOffset? LastHeardAt { get; set; }

    /// <summary>The open alarms.</summary>
    [Id(2)]
    public OpenAlarm[] OpenAlarms { get; set; } = [];

    /// <summary>The version of the last published summary.</summary>
    [Id(3)]
    public long SummaryVersion { get; set; }

    /// <summary>Incremented on every master-data change.</summary>
    [Id(4)]
    public int MasterDataVersion { get; set; }

    /// <summary>When the master data last changed (UTC).</summary>
    [Id(5)]
    public DateTimeOffset? MasterDataChangedAt { get; set; }

    /// <summary>When the twin was first registered (UTC): a device never heard counts from here.</summary>
    [Id(6)]
    public DateTimeOffset? RegisteredAt { get; set; }
}
