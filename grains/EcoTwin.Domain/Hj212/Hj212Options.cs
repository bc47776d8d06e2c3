namespace EcoTwin.Domain.Hj212;

/// <summary>Limits and leniencies of the codec.</summary>
public sealed record Hj212Options
{
    /// <summary>The standard's limit on the data segment (table 2); real devices exceed it.</summary>
    public const int StandardMaxSegmentLength = 1024;

    /// <summary>The default maximum data-segment length, above the standard's 1024 on purpose.</summary>
    public const int DefaultMaxSegmentLength = 4096;

    /// <summary>The options with their defaults.</summary>
    public static Hj212Options Default { get; } = new();

    /// <summary>
    /// The longest data segment accepted (1 to 9999, the 4-digit length field's range). Longer
    /// segments are rejected with <see cref="Hj212ErrorCodes.Oversize"/>.
    /// </summary>
    public int MaxSegmentLength { get; init; } = DefaultMaxSegmentLength;

    /// <summary>
    /// Which CRCs <see cref="Hj212Parser.ParseFrame(ReadOnlySpan{byte}, Hj212Options?)"/> accepts; strict
    /// unless a device is known to need a leniency. The framer only reports the check: the gateway
    /// knows the device (MN) after parsing and applies its policy with <see cref="Hj212FrameResult.IsCrcAccepted"/>.
    /// </summary>
    public Hj212CrcPolicy CrcPolicy { get; init; } = Hj212CrcPolicy.Strict;

    internal int EffectiveMaxSegmentLength => Math.Clamp(MaxSegmentLength, 1, 9999);
}
