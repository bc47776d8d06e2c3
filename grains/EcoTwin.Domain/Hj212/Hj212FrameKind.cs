namespace EcoTwin.Domain.Hj212;

/// <summary>What <see cref="Hj212Framer.ReadFrame(in System.Buffers.ReadOnlySequence{byte}, Hj212Options?)"/> found.</summary>
public enum Hj212FrameKind
{
    /// <summary>No complete frame yet: consume <see cref="Hj212FrameResult.Consumed"/> (junk) and wait for more bytes.</summary>
    NeedMoreData,

    /// <summary>A complete, well-delimited frame; its CRC may still be bad (see <see cref="Hj212FrameResult.CrcCheck"/>).</summary>
    Frame,

    /// <summary>A malformed frame; consume <see cref="Hj212FrameResult.Consumed"/> and read on (resynchronised).</summary>
    Error,
}
