using System.Globalization;
using System.Text;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// A device's upload frame with everything but QN and CP encoded once:
/// <c>##dddd</c> <c>QN=...</c> <c>;ST=..;CN=..;PW=..;MN=..;Flag=5;CP=&amp;&amp;</c> CP <c>&amp;&amp;</c> CRC CRLF,
/// byte for byte what <see cref="Hj212Encoder.EncodeFrame"/> writes for the same packet.
/// </summary>
public sealed class UploadTemplate
{
    private static readonly byte[] Hex = "0123456789ABCDEF"u8.ToArray();
    private readonly byte[] _middle;

    /// <summary>Encodes the fixed part for device <paramref name="mn"/>.</summary>
    /// <exception cref="ArgumentException">The fields are not valid HJ 212 (the codec's rules).</exception>
    public UploadTemplate(string st, string cn, string pw, string mn, int flag = 5)
    {
        // Let the codec judge the fields once.
        Hj212Encoder.EncodeSegment(new Hj212Packet { Qn = "20000101000000000", St = st, Cn = cn, Pw = pw, Mn = mn, Flag = flag });
        _middle = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $";ST={st};CN={cn};PW={pw};MN={mn};Flag={flag};CP=&&"));
    }

    /// <summary>The whole frame for request number <paramref name="qn"/> (ASCII digits) and CP items <paramref name="cp"/> (without the &amp;&amp;).</summary>
    /// <exception cref="ArgumentException">The data segment would exceed the 4-digit length field.</exception>
    public byte[] Frame(ReadOnlySpan<byte> qn, ReadOnlySpan<byte> cp)
    {
        var length = 3 + qn.Length + _middle.Length + cp.Length + 2;
        if (length > Hj212Encoder.MaxFrameSegmentLength)
        {
            throw new ArgumentException($"a data segment of {length} bytes does not fit the 4-digit length field", nameof(cp));
        }

        var frame = new byte[length + 12];
        var span = frame.AsSpan();
        "##"u8.CopyTo(span);
        length.TryFormat(span[2..6], out _, "D4", CultureInfo.InvariantCulture);
        var segment = span.Slice(6, length);
        var at = Put(segment, 0, "QN="u8);
        at = Put(segment, at, qn);
        at = Put(segment, at, _middle);
        at = Put(segment, at, cp);
        Put(segment, at, "&&"u8);
        var crc = Hj212Crc.Compute(segment);
        var tail = span[(6 + length)..];
        tail[0] = Hex[crc >> 12];
        tail[1] = Hex[(crc >> 8) & 0xF];
        tail[2] = Hex[(crc >> 4) & 0xF];
        tail[3] = Hex[crc & 0xF];
        tail[4] = (byte)'\r';
        tail[5] = (byte)'\n';
        return frame;
    }

    private static int Put(Span<byte> target, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(target[at..]);
        return at + bytes.Length;
    }
}
