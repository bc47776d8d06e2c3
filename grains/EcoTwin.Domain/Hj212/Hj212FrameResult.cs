using System.Buffers;

namespace EcoTwin.Domain.Hj212;

/// <summary>
/// One step of the framer. The sequences are slices of the buffer that was read: copy what you
/// keep before advancing the pipe reader.
/// </summary>
public readonly record struct Hj212FrameResult
{
    /// <summary>What was found.</summary>
    public Hj212FrameKind Kind { get; init; }

    /// <summary>
    /// Bytes to consume from the start of the buffer: the junk plus the frame or the bad bytes.
    /// Always &gt; 0 for <see cref="Hj212FrameKind.Frame"/> and <see cref="Hj212FrameKind.Error"/>;
    /// for <see cref="Hj212FrameKind.NeedMoreData"/> it is the junk that can already be dropped.
    /// </summary>
    public long Consumed { get; init; }

    /// <summary>Bytes before the frame's <c>##</c> that belong to no frame (count or quarantine them).</summary>
    public long JunkSkipped { get; init; }

    /// <summary>The frame (<c>##</c> to CRLF) or, for an error, the rejected bytes from <c>##</c> to the resync point.</summary>
    public ReadOnlySequence<byte> Raw { get; init; }

    /// <summary>The data segment of a frame (between the length field and the CRC).</summary>
    public ReadOnlySequence<byte> Segment { get; init; }

    /// <summary>How the received CRC compares with the segment (frames only).</summary>
    public Hj212CrcCheck CrcCheck { get; init; }

    /// <summary>The CRC written in the frame (frames only).</summary>
    public ushort CrcReceived { get; init; }

    /// <summary>The standard's CRC of the segment (frames only).</summary>
    public ushort CrcComputed { get; init; }

    /// <summary>The reason, for <see cref="Hj212FrameKind.Error"/>.</summary>
    public Hj212Error? Error { get; init; }

    /// <summary>True for a frame whose CRC is the standard's CRC.</summary>
    public bool CrcOk => Kind == Hj212FrameKind.Frame && CrcCheck == Hj212CrcCheck.Ok;

    /// <summary>Whether the frame's CRC is accepted under a device's policy (count every leniency used).</summary>
    public bool IsCrcAccepted(Hj212CrcPolicy policy) => Kind == Hj212FrameKind.Frame && Hj212Crc.IsAccepted(CrcCheck, policy);

    /// <summary>The error as the CRC-mismatch message of the codec (<c>crc: expected XXXX, got YYYY</c>).</summary>
    public Hj212Error? CrcError => Kind == Hj212FrameKind.Frame && CrcCheck != Hj212CrcCheck.Ok
        ? new Hj212Error(Hj212ErrorCodes.Crc, $"expected {Hj212Crc.Format(CrcComputed)}, got {Hj212Crc.Format(CrcReceived)}")
        : null;
}
