using System.Globalization;
using System.Text;

namespace EcoTwin.Domain.Hj212;

/// <summary>
/// Reads the header fields before CP in any order (devices send MN before PW, QN after ST/CN, PNO
/// before PNUM). Field names are case-sensitive; spaces around names and values are dropped.
/// </summary>
internal static class Hj212HeaderReader
{
    private static readonly string[] Names = ["QN", "ST", "CN", "PW", "MN", "Flag", "PNUM", "PNO"];

    /// <summary>Reads the header (printable ASCII, checked before) and builds the packet around the (still to be filled) CP list.</summary>
    public static Hj212Error? Read(ReadOnlySpan<byte> header, List<Hj212CpItem> cp, out Hj212Packet? packet)
    {
        packet = null;
        var values = new string?[Names.Length];
        while (!header.IsEmpty)
        {
            var separator = header.IndexOf((byte)';');
            var part = (separator < 0 ? header : header[..separator]).Trim((byte)' ');
            header = separator < 0 ? [] : header[(separator + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            var equals = part.IndexOf((byte)'=');
            if (equals < 0)
            {
                return Field($"header item {Text(part)} has no '='");
            }

            var name = Encoding.ASCII.GetString(part[..equals].TrimEnd((byte)' '));
            var index = Array.IndexOf(Names, name);
            if (index < 0)
            {
                return Field($"unknown header field {Hj212Syntax.Quote(name)}");
            }

            if (values[index] is not null)
            {
                return Field($"{name} appears twice");
            }

            values[index] = Encoding.ASCII.GetString(part[(equals + 1)..].TrimStart((byte)' '));
        }

        for (var i = 1; i <= 4; i++)
        {
            if (values[i] is null)
            {
                return Field($"{Names[i]} is missing");
            }
        }

        var numbers = new int?[3];
        for (var i = 0; i < numbers.Length; i++)
        {
            var text = values[5 + i];
            if (text is null)
            {
                continue;
            }

            // Flag is at most 3 digits (0-255), PNUM and PNO at most 4.
            if (!Hj212Syntax.IsDigits(text, 1, i == 0 ? 3 : 4))
            {
                return Field($"{Names[5 + i]} {Hj212Syntax.Quote(text)} is not a number");
            }

            numbers[i] = int.Parse(text, CultureInfo.InvariantCulture);
        }

        packet = new Hj212Packet
        {
            Qn = values[0],
            St = values[1]!,
            Cn = values[2]!,
            Pw = values[3]!,
            Mn = values[4]!,
            Flag = numbers[0],
            Pnum = numbers[1],
            Pno = numbers[2],
            Cp = cp,
        };
        return null;
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Hj212Syntax.Quote(Encoding.ASCII.GetString(bytes));

    private static Hj212Error Field(string message) => new(Hj212ErrorCodes.Field, message);
}
