using System.Buffers;

namespace EcoTwin.Domain.Hj212;

/// <summary>
/// Finds HJ 212 frames in a stream buffer (System.IO.Pipelines). Never throws, never waits for more
/// than one maximum-size frame, and always makes progress: a frame or an error consumes at least
/// the <c>##</c>. Usage per read: loop <c>ReadFrame</c> on the remaining buffer, advance by
/// <see cref="Hj212FrameResult.Consumed"/>, and on <see cref="Hj212FrameKind.NeedMoreData"/> call
/// <c>reader.AdvanceTo(buffer.GetPosition(result.Consumed), buffer.End)</c>.
/// </summary>
/// <remarks>
/// Policy: bytes before <c>##</c> are junk (counted in <see cref="Hj212FrameResult.JunkSkipped"/>);
/// in a run of <c>#</c> the last two start the frame. A frame must be <c>##</c>, 4 decimal digits
/// (at most <see cref="Hj212Options.MaxSegmentLength"/>), the segment, 4 hex digits (either case)
/// and CRLF exactly where the length says. Otherwise the error covers the bytes from <c>##</c> up
/// to the next <c>##</c> or past the next CRLF, whichever comes first, and the next call resumes
/// there, so good frames around a bad one are kept. A CRLF inside the declared frame is reported at
/// once (no frame can contain one), so a wrong length never stalls the connection.
/// </remarks>
public static class Hj212Framer
{
    private const int EnvelopeLength = 12; // "##" + 4 digits + 4 hex + CRLF

    /// <summary>Finds the next frame in a contiguous buffer.</summary>
    public static Hj212FrameResult ReadFrame(ReadOnlyMemory<byte> buffer, Hj212Options? options = null) =>
        ReadFrame(new ReadOnlySequence<byte>(buffer), options);

    /// <summary>Finds the next frame in a (possibly multi-segment) buffer.</summary>
    public static Hj212FrameResult ReadFrame(in ReadOnlySequence<byte> buffer, Hj212Options? options = null)
    {
        var max = (options ?? Hj212Options.Default).EffectiveMaxSegmentLength;
        var start = FindStart(buffer, out var endsWithHash);
        if (start < 0)
        {
            // Keep a final '#': it may be the first half of the next "##".
            var junk = buffer.Length - (endsWithHash ? 1 : 0);
            return new Hj212FrameResult { Kind = Hj212FrameKind.NeedMoreData, Consumed = junk, JunkSkipped = junk };
        }

        var available = buffer.Length - start;
        var window = buffer.Slice(start, Math.Min(available, EnvelopeLength + max));
        var atEnd = window.Length == available;
        if (window.IsSingleSegment)
        {
            return Hj212FrameInspector.Inspect(buffer, start, window.FirstSpan, atEnd, max);
        }

        var rented = ArrayPool<byte>.Shared.Rent((int)window.Length);
        try
        {
            window.CopyTo(rented);
            return Hj212FrameInspector.Inspect(buffer, start, rented.AsSpan(0, (int)window.Length), atEnd, max);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The offset of the frame's <c>##</c> (the last two of a run of <c>#</c>), or -1.</summary>
    private static long FindStart(in ReadOnlySequence<byte> buffer, out bool endsWithHash)
    {
        endsWithHash = false;
        var reader = new SequenceReader<byte>(buffer);
        while (reader.TryAdvanceTo((byte)'#', advancePastDelimiter: false))
        {
            if (!reader.TryPeek(1, out var next))
            {
                endsWithHash = true;
                return -1;
            }

            if (next == '#')
            {
                while (reader.TryPeek(2, out var third) && third == '#')
                {
                    reader.Advance(1);
                }

                return reader.Consumed;
            }

            reader.Advance(1);
        }

        return -1;
    }
}
