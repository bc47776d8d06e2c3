using System.Diagnostics.CodeAnalysis;

namespace EcoTwin.Domain.Hj212;

/// <summary>
/// The outcome of decoding one whole frame (<see cref="Hj212Parser.ParseFrame(ReadOnlySpan{byte}, Hj212Options?)"/>):
/// everything <c>ecotwin hj212 decode</c> prints.
/// </summary>
public sealed record Hj212DecodeResult
{
    /// <summary>True when the frame is well formed, its CRC is accepted and the segment parsed.</summary>
    [MemberNotNullWhen(true, nameof(Packet))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Error is null && Packet is not null;

    /// <summary>The first problem found, or null. A wrong CRC is <c>crc: expected XXXX, got YYYY</c>.</summary>
    public Hj212Error? Error { get; init; }

    /// <summary>
    /// The parsed packet. Present when the segment parsed, even if the CRC was wrong, so a
    /// quarantined frame can still be shown; trust it only when <see cref="IsOk"/>.
    /// </summary>
    public Hj212Packet? Packet { get; init; }

    /// <summary>How the CRC compared; null when the frame was malformed before the CRC could be read.</summary>
    public Hj212CrcCheck? CrcCheck { get; init; }

    /// <summary>True when the received CRC is the standard's CRC of the segment.</summary>
    public bool CrcOk => CrcCheck == Hj212CrcCheck.Ok;

    /// <summary>The CRC written in the frame, when it could be read.</summary>
    public ushort? CrcReceived { get; init; }

    /// <summary>The standard's CRC of the data segment, when the segment could be delimited.</summary>
    public ushort? CrcComputed { get; init; }
}
