namespace EcoTwin.Domain.Hj212;

/// <summary>Bounds of a <see cref="Hj212Reassembler"/>; its memory is at most <see cref="MaxBufferedParts"/> packets.</summary>
public sealed record Hj212ReassemblerOptions
{
    /// <summary>The options with their defaults.</summary>
    public static Hj212ReassemblerOptions Default { get; } = new();

    /// <summary>Transfers pending at once; beyond it the oldest is evicted (reported, never silent).</summary>
    public int MaxPendingTransfers { get; init; } = 64;

    /// <summary>Parts buffered over all pending transfers; beyond it the oldest transfers are evicted.</summary>
    public int MaxBufferedParts { get; init; } = 1024;

    /// <summary>The largest PNUM accepted; larger transfers are rejected (at most <see cref="MaxBufferedParts"/>).</summary>
    public int MaxPnum { get; init; } = 999;

    /// <summary>A pending transfer with no new part for this long is expired by <see cref="Hj212Reassembler.Expire"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How parts are matched to transfers.</summary>
    public Hj212SubpacketGrouping Grouping { get; init; } = Hj212SubpacketGrouping.SameQnOrSequence;
}
