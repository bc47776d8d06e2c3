using System.Buffers;

namespace EcoTwin.Domain.Hj212;

/// <summary>Decides what the bytes from a <c>##</c> are: a frame, an error (and how far it reaches) or not enough yet.</summary>
internal static class Hj212FrameInspector
{
    /// <param name="buffer">The whole buffer, for slicing the results.</param>
    /// <param name="start">The offset of <c>##</c> in <paramref name="buffer"/>.</param>
    /// <param name="window">The bytes from <c>##</c>, at most one maximum-size frame long.</param>
    /// <param name="atEnd">Whether <paramref name="window"/> reaches the end of the buffer.</param>
    /// <param name="max">The maximum data-segment length.</param>
    public static Hj212FrameResult Inspect(in ReadOnlySequence<byte> buffer, long start, ReadOnlySpan<byte> window, bool atEnd, int max)
    {
        if (window.Length < 6)
        {
            return window[2..].ContainsAnyExceptInRange((byte)'0', (byte)'9')
                ? Error(buffer, start, window, atEnd, Hj212ErrorCodes.Header, $"the length field {Hj212FrameSyntax.Show(window[2..])} is not 4 decimal digits")
                : NeedMore(start);
        }

        if (!Hj212FrameSyntax.TryReadLength(window[2..6], out var length))
        {
            return Error(buffer, start, window, atEnd, Hj212ErrorCodes.Header, $"the length field {Hj212FrameSyntax.Show(window[2..6])} is not 4 decimal digits");
        }

        if (length > max)
        {
            return Error(buffer, start, window, atEnd, Hj212ErrorCodes.Oversize, $"the declared data segment of {length} bytes exceeds the limit of {max}");
        }

        var end = 6 + length; // where the CRC starts
        var crlf = window[6..].IndexOf("\r\n"u8);
        var p = crlf < 0 ? -1 : crlf + 6;

        // A frame header before this frame's end (and before any CRLF) means it was cut short.
        var inner = Hj212FrameSyntax.IndexOfFrameStart(window[6..Math.Min(p < 0 ? window.Length : p, Math.Min(window.Length, end))]);
        if (inner >= 0)
        {
            return Error(buffer, start, window, atEnd, Hj212ErrorCodes.Truncated, $"the frame is cut short: a new frame starts {inner} bytes into its declared {length}-byte data segment", 6 + inner);
        }

        if (p == end + 4)
        {
            return Hj212Crc.TryParse(window[end..p], out var received)
                ? Frame(buffer, start, window, length, received)
                : Error(buffer, start, window, atEnd, Hj212ErrorCodes.Crc, $"the CRC field {Hj212FrameSyntax.Show(window[end..p])} is not 4 hex digits");
        }

        if (p < 0 && window.Length < end + 6)
        {
            return NeedMore(start);
        }

        // The CRLF is not where the length says. If the declared segment is whole (no CRLF or "##"
        // inside) and ends with "&&", the length is right and the CRC field is malformed (e.g. 3
        // digits, a device dropping a leading zero); otherwise the length is wrong.
        if ((p < 0 || p >= end) && length >= 2 && window[(end - 2)..end].SequenceEqual("&&"u8) && window[2..end].IndexOf("##"u8) < 0)
        {
            var shown = window[end..Math.Min(window.Length, end + 6)];
            return Error(buffer, start, window, atEnd, Hj212ErrorCodes.Crc, $"expected 4 hex digits and CRLF after the data segment, found {Hj212FrameSyntax.Show(shown)}");
        }

        var message = p >= 0 && Hj212FrameSyntax.LooksComplete(window[6..p])
            ? $"declared length {length:D4}, but the data segment before the CRC is {p - 10} bytes"
            : $"declared length {length:D4}, but no CRC and CRLF follow the declared data segment";
        return Error(buffer, start, window, atEnd, Hj212ErrorCodes.Length, message);
    }

    private static Hj212FrameResult Frame(in ReadOnlySequence<byte> buffer, long start, ReadOnlySpan<byte> window, int length, ushort received)
    {
        var check = Hj212Crc.Check(window.Slice(6, length), received, out var computed);
        var frameLength = length + 12;
        return new Hj212FrameResult
        {
            Kind = Hj212FrameKind.Frame,
            Consumed = start + frameLength,
            JunkSkipped = start,
            Raw = buffer.Slice(start, frameLength),
            Segment = buffer.Slice(start + 6, length),
            CrcCheck = check,
            CrcReceived = received,
            CrcComputed = computed,
        };
    }

    private static Hj212FrameResult NeedMore(long junk) =>
        new() { Kind = Hj212FrameKind.NeedMoreData, Consumed = junk, JunkSkipped = junk };

    /// <summary>An error reaching from <c>##</c> to the next <c>##</c> or past the next CRLF, else to what is there.</summary>
    private static Hj212FrameResult Error(in ReadOnlySequence<byte> buffer, long start, ReadOnlySpan<byte> window, bool atEnd, string code, string message, int? until = null)
    {
        var reach = until ?? Reach(window, atEnd);
        return new Hj212FrameResult
        {
            Kind = Hj212FrameKind.Error,
            Consumed = start + reach,
            JunkSkipped = start,
            Raw = buffer.Slice(start, reach),
            Error = new Hj212Error(code, message),
        };
    }

    private static int Reach(ReadOnlySpan<byte> window, bool atEnd)
    {
        var reach = window.Length;
        if (atEnd && window[^1] == '#')
        {
            reach--; // maybe the first half of the next "##"
        }

        var nextStart = window[2..].IndexOf("##"u8);
        if (nextStart >= 0)
        {
            reach = Math.Min(reach, nextStart + 2);
        }

        var crlf = window[2..].IndexOf("\r\n"u8);
        if (crlf >= 0)
        {
            reach = Math.Min(reach, crlf + 4);
        }

        return Math.Max(reach, 2);
    }
}
