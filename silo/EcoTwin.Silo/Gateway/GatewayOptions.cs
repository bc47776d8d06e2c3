using System.ComponentModel.DataAnnotations;

namespace EcoTwin.Silo.Gateway;

/// <summary>The HJ 212 gateway (configuration section <c>EcoTwin:Gateway</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "EcoTwin:Gateway";

    /// <summary>The default TCP port.</summary>
    public const int DefaultPort = 9212;

    /// <summary>Whether the gateway listens at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>TCP port devices connect to; 0 picks a free one (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = DefaultPort;

    /// <summary>The address to listen on: 0.0.0.0 for every interface, 127.0.0.1 for this machine only.</summary>
    [Required]
    public string ListenAddress { get; set; } = "0.0.0.0";

    /// <summary>A connection that sends nothing for this long is closed.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Most device connections at once; more are closed as soon as they are accepted.</summary>
    [Range(1, 1_000_000)]
    public int MaxConnections { get; set; } = 20_000;

    /// <summary>Longest data segment accepted (the standard says 1024; devices in the field send more).</summary>
    [Range(64, 65_536)]
    public int MaxSegmentLength { get; set; } = 4096;

    /// <summary>
    /// Readings waiting to be written to the history before the gateway stops reading devices until it
    /// catches up (devices wait for their answers, as TCP makes them): bounds the write-behind's memory
    /// and its lag, and leaves the database the CPU it needs.
    /// </summary>
    [Range(1000, 10_000_000)]
    public long MaxReadingsBacklog { get; set; } = 100_000;

    /// <summary>How often twins whose deliveries failed for good are made to catch up from the raw log.</summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A connection that sends this many bad frames (or junk runs) in a row, with no good one between, is closed.</summary>
    [Range(1, 10_000)]
    public int MaxBadFramesInARow { get; set; } = 20;
}
