using System.Text;

namespace EcoTwin.Domain.Hj212;

/// <summary>Small rules on the frame envelope shared by the framer and <see cref="Hj212Parser.ParseFrame(ReadOnlySpan{byte}, Hj212Options?)"/>.</summary>
internal static class Hj212FrameSyntax
{
    /// <summary>Reads the 4 decimal digits of the length field.</summary>
    public static bool TryReadLength(ReadOnlySpan<byte> digits, out int length)
    {
        length = 0;
        if (digits.Length != 4)
        {
            return false;
        }

        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            length = (length * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>
    /// The index of the first frame header (<c>##</c> and 4 digits) in the bytes, or -1. No frame may
    /// contain one: it means the frame was cut short and a new one started.
    /// </summary>
    public static int IndexOfFrameStart(ReadOnlySpan<byte> bytes)
    {
        var from = 0;
        while (from < bytes.Length)
        {
            var found = bytes[from..].IndexOf("##"u8);
            if (found < 0)
            {
                return -1;
            }

            var index = from + found;
            if (bytes.Length - index >= 6 && TryReadLength(bytes.Slice(index + 2, 4), out _))
            {
                return index;
            }

            from = index + 1;
        }

        return -1;
    }

    /// <summary>Whether the bytes end like a complete frame body: <c>&amp;&amp;</c> then 4 hex digits.</summary>
    public static bool LooksComplete(ReadOnlySpan<byte> body) =>
        body.Length >= 6 && body[^6] == '&' && body[^5] == '&' && Hj212Crc.TryParse(body[^4..], out _);

    /// <summary>Shows raw bytes in a message: printable ASCII as is, anything else as <c>\xNN</c>.</summary>
    public static string Show(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder("'");
        foreach (var b in bytes[..Math.Min(bytes.Length, 40)])
        {
            text.Append(b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return text.Append(bytes.Length > 40 ? "...'" : "'").ToString();
    }
}
