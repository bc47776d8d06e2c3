using System.Text;

namespace EcoTwin.Domain.Hj212;

/// <content>Decoding of one whole frame line.</content>
public static partial class Hj212Parser
{
    /// <summary>Decodes a whole frame given as text (see <see cref="ParseFrame(ReadOnlySpan{byte}, Hj212Options?)"/>).</summary>
    public static Hj212DecodeResult ParseFrame(string frame, Hj212Options? options = null) =>
        ParseFrame(Encoding.UTF8.GetBytes(frame), options);

    /// <summary>
    /// Decodes a whole frame <c>##dddd&lt;segment&gt;XXXX\r\n</c>; the final CRLF (or LF) is optional.
    /// A wrong CRC gives <c>crc: expected XXXX, got YYYY</c> (expected = computed from the segment)
    /// unless <see cref="Hj212Options.CrcPolicy"/> accepts the variant; the packet is still parsed
    /// for display.
    /// </summary>
    public static Hj212DecodeResult ParseFrame(ReadOnlySpan<byte> frame, Hj212Options? options = null)
    {
        options ??= Hj212Options.Default;
        if (frame.EndsWith("\n"u8))
        {
            frame = frame[..^(frame.EndsWith("\r\n"u8) ? 2 : 1)];
        }

        if (frame.Length < 2 || frame[0] != '#' || frame[1] != '#')
        {
            return Fail(Hj212ErrorCodes.Header, "a frame must start with '##'");
        }

        if (frame.Length < 6)
        {
            return Fail(Hj212ErrorCodes.Truncated, "the frame ends inside the 4-digit length field");
        }

        if (!Hj212FrameSyntax.TryReadLength(frame.Slice(2, 4), out var length))
        {
            return Fail(Hj212ErrorCodes.Header, $"the length field {Hj212FrameSyntax.Show(frame.Slice(2, 4))} is not 4 decimal digits");
        }

        var max = options.EffectiveMaxSegmentLength;
        if (length > max)
        {
            return Fail(Hj212ErrorCodes.Oversize, $"the declared data segment of {length} bytes exceeds the limit of {max}");
        }

        var body = frame[6..];
        if (body.Length != length + 4)
        {
            return Hj212FrameSyntax.LooksComplete(body) || body.Length > length + 4
                ? Fail(Hj212ErrorCodes.Length, $"declared length {length:D4}, but {body.Length - 4} bytes precede the CRC")
                : Fail(Hj212ErrorCodes.Truncated, $"the frame declares {length} bytes of data segment and 4 of CRC, but only {body.Length} follow");
        }

        var segment = body[..length];
        var inner = Hj212FrameSyntax.IndexOfFrameStart(segment);
        if (inner >= 0)
        {
            return Fail(Hj212ErrorCodes.Truncated, $"the frame is cut short: a new frame starts {inner} bytes into its declared {length}-byte data segment");
        }

        var computed = Hj212Crc.Compute(segment);
        if (!Hj212Crc.TryParse(body[length..], out var received))
        {
            return Fail(Hj212ErrorCodes.Crc, $"the CRC field {Hj212FrameSyntax.Show(body[length..])} is not 4 hex digits") with { CrcComputed = computed };
        }

        var check = Hj212Crc.Check(segment, received, out _);
        var parsed = Parse(segment, options);
        var error = Hj212Crc.IsAccepted(check, options.CrcPolicy)
            ? parsed.Error
            : new Hj212Error(Hj212ErrorCodes.Crc, $"expected {Hj212Crc.Format(computed)}, got {Hj212Crc.Format(received)}");
        return new Hj212DecodeResult
        {
            Error = error,
            Packet = parsed.Packet,
            CrcCheck = check,
            CrcReceived = received,
            CrcComputed = computed,
        };
    }

    private static Hj212DecodeResult Fail(string code, string message) => new() { Error = new Hj212Error(code, message) };
}
