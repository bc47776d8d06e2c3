using System.Text;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Faults.Tests.Fuzz;

/// <summary>
/// Drives the framer as the gateway does (one growing receive buffer, read in chunks, advanced by
/// what each step consumed) and checks its promises at every step: a frame or an error always
/// consumes something, nothing ever waits for more than one maximum-size frame, and every frame's
/// segment goes through the parser. Exceptions are the caller's failure.
/// </summary>
public sealed class StreamingFramer
{
    private const int Envelope = 12;
    private readonly Hj212Options _options = Hj212Options.Default;
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    /// <summary>Frames with a good CRC whose segment parsed, by QN (the good frames must each come out once).</summary>
    public Dictionary<string, int> GoodQns { get; } = new(StringComparer.Ordinal);

    /// <summary>Frames found (any CRC).</summary>
    public long Frames { get; private set; }

    /// <summary>Errors by code.</summary>
    public SortedDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Bytes dropped as junk before a frame start.</summary>
    public long JunkBytes { get; private set; }

    /// <summary>Bytes fed in.</summary>
    public long BytesIn { get; private set; }

    /// <summary>Bytes consumed by the framer.</summary>
    public long BytesConsumed { get; private set; }

    /// <summary>The most bytes the framer left unconsumed, waiting for more.</summary>
    public int LongestWait { get; private set; }

    /// <summary>Broken promises, in words (empty when the framer kept them all).</summary>
    public List<string> Violations { get; } = [];

    /// <summary>Bytes still waiting for more data.</summary>
    public int Pending => _length;

    /// <summary>Appends <paramref name="chunk"/> as one read and frames what it can.</summary>
    public void Feed(ReadOnlySpan<byte> chunk)
    {
        if (_length + chunk.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + chunk.Length));
        }

        chunk.CopyTo(_buffer.AsSpan(_length));
        _length += chunk.Length;
        BytesIn += chunk.Length;
        var start = 0;
        while (true)
        {
            var remaining = _length - start;
            var frame = Hj212Framer.ReadFrame(_buffer.AsMemory(start, remaining), _options);
            if (frame.Consumed < 0 || frame.Consumed > remaining || (frame.Kind != Hj212FrameKind.NeedMoreData && frame.Consumed == 0))
            {
                Violations.Add($"{frame.Kind} consumed {frame.Consumed} of {remaining} bytes");
                start = _length; // drop the buffer so the run goes on
                break;
            }

            start += (int)frame.Consumed;
            BytesConsumed += frame.Consumed;
            JunkBytes += frame.JunkSkipped;
            if (frame.Kind == Hj212FrameKind.NeedMoreData)
            {
                break;
            }

            Count(frame);
        }

        var waiting = _length - start;
        LongestWait = Math.Max(LongestWait, waiting);
        if (waiting > Envelope + _options.MaxSegmentLength)
        {
            Violations.Add($"waiting for more with {waiting} bytes unconsumed (more than one maximum frame)");
        }

        _buffer.AsSpan(start, waiting).CopyTo(_buffer);
        _length = waiting;
    }

    private void Count(in Hj212FrameResult frame)
    {
        if (frame.Kind == Hj212FrameKind.Error)
        {
            var code = frame.Error?.Code ?? "(no error)";
            Errors[code] = Errors.GetValueOrDefault(code) + 1;
            return;
        }

        Frames++;
        var segment = System.Buffers.BuffersExtensions.ToArray(frame.Segment);
        var parsed = Hj212Parser.Parse(segment, _options);
        if (frame.CrcOk && parsed.Packet is { Mn: FuzzCorpus.GoodMn, Qn: { } qn })
        {
            GoodQns[qn] = GoodQns.GetValueOrDefault(qn) + 1;
        }

        _ = Hj212Parser.ParseFrame(System.Buffers.BuffersExtensions.ToArray(frame.Raw), _options);
        _ = Encoding.UTF8.GetString(segment);
    }
}
