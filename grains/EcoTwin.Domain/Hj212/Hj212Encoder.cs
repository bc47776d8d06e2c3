using System.Globalization;
using System.Text;

namespace EcoTwin.Domain.Hj212;

/// <summary>
/// Writes packets as HJ 212 frames: <c>##</c> + 4-digit length + segment + upper-case hex CRC + CRLF.
/// Header fields go in the standard's order (QN, ST, CN, PW, MN, Flag, PNUM, PNO, CP); in CP,
/// consecutive items of one factor are joined by <c>,</c> and everything else by <c>;</c>.
/// </summary>
/// <remarks>
/// The encoder refuses (with <see cref="ArgumentException"/>) any packet the parser would reject
/// or read back differently, so every frame it writes decodes to an equal packet.
/// </remarks>
public static class Hj212Encoder
{
    /// <summary>The largest data segment a 4-digit length field can declare.</summary>
    public const int MaxFrameSegmentLength = 9999;

    /// <summary>The data segment of a packet as text.</summary>
    public static string EncodeSegment(Hj212Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var error = Hj212Validation.Validate(packet) ?? ValidateCp(packet.Cp);
        if (error is not null)
        {
            throw new ArgumentException($"cannot encode the packet: {error}", nameof(packet));
        }

        var text = new StringBuilder(64 + (packet.Cp.Count * 16));
        if (packet.Qn is not null)
        {
            text.Append("QN=").Append(packet.Qn).Append(';');
        }

        text.Append("ST=").Append(packet.St).Append(";CN=").Append(packet.Cn)
            .Append(";PW=").Append(packet.Pw).Append(";MN=").Append(packet.Mn).Append(';');
        if (packet.Flag is int flag)
        {
            text.Append("Flag=").Append(flag.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        if (packet.Pnum is int pnum && packet.Pno is int pno)
        {
            text.Append(CultureInfo.InvariantCulture, $"PNUM={pnum};PNO={pno};");
        }

        text.Append("CP=&&");
        string? previousFactor = null;
        for (var i = 0; i < packet.Cp.Count; i++)
        {
            var item = packet.Cp[i];
            var factor = item.FactorCode;
            if (i > 0)
            {
                text.Append(factor is not null && factor == previousFactor ? ',' : ';');
            }

            text.Append(item.Key).Append('=').Append(item.Value);
            previousFactor = factor;
        }

        return text.Append("&&").ToString();
    }

    /// <summary>A packet as a complete frame, ready to write to the socket.</summary>
    public static byte[] EncodeFrame(Hj212Packet packet)
    {
        var segment = Encoding.UTF8.GetBytes(EncodeSegment(packet));
        var inner = Hj212FrameSyntax.IndexOfFrameStart(segment);
        if (inner >= 0)
        {
            // The framer would take it for a new frame and reject this one as cut short.
            throw new ArgumentException($"cannot encode the packet: it contains a frame header ('##' and 4 digits) at offset {inner}", nameof(packet));
        }

        return Frame(segment);
    }

    /// <summary>A packet as a complete frame in text form (for logs, the CLI and tests).</summary>
    public static string EncodeFrameText(Hj212Packet packet) => Encoding.UTF8.GetString(EncodeFrame(packet));

    /// <summary>Wraps any data segment in a frame with its length and the standard's CRC.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> segment)
    {
        if (segment.Length > MaxFrameSegmentLength)
        {
            throw new ArgumentException($"a data segment of {segment.Length} bytes does not fit the 4-digit length field", nameof(segment));
        }

        var frame = new byte[segment.Length + 12];
        var head = $"##{segment.Length:D4}";
        Encoding.ASCII.GetBytes(head, frame);
        segment.CopyTo(frame.AsSpan(6));
        Encoding.ASCII.GetBytes(Hj212Crc.Format(Hj212Crc.Compute(segment)) + "\r\n", frame.AsSpan(6 + segment.Length));
        return frame;
    }

    private static Hj212Error? ValidateCp(IReadOnlyList<Hj212CpItem> items)
    {
        foreach (var item in items)
        {
            if (item.Key is null || !Hj212Syntax.IsCpKey(item.Key))
            {
                return new Hj212Error(Hj212ErrorCodes.Field, $"CP key {Hj212Syntax.Quote(item.Key ?? "")} must be printable ASCII without spaces, ';', ',', '=' or '&'");
            }

            if (item.Value is null || !Hj212Syntax.IsCpValue(item.Value))
            {
                return new Hj212Error(Hj212ErrorCodes.Field, $"CP value of {item.Key} must be text without control characters, ';', ',' or '&'");
            }
        }

        return null;
    }
}
