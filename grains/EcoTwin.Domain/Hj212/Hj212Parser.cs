namespace EcoTwin.Domain.Hj212;

/// <summary>
/// Parses HJ 212 data segments and whole frames into <see cref="Hj212Packet"/>s. Never throws on
/// input: every problem is a <see cref="Hj212Error"/> with a stable code.
/// </summary>
/// <remarks>
/// Accepted variants: header fields in any order; QN of 13 to 20 digits; no QN and no Flag
/// (HJ/T 212-2005, QN possibly inside CP); <c>;</c> just before the closing <c>&amp;&amp;</c>;
/// an empty or blank CP; no DataTime; DataTime with milliseconds. Encoding: the header must be
/// printable ASCII; CP values may carry UTF-8 (the standard allows Chinese text in UTF-8, e.g.
/// log items), CP keys must be ASCII, and control characters are rejected everywhere.
/// </remarks>
public static partial class Hj212Parser
{
    private static ReadOnlySpan<byte> CpStart => "CP=&&"u8;

    /// <summary>Parses a data segment (the bytes between the length field and the CRC).</summary>
    public static Hj212ParseResult Parse(ReadOnlySpan<byte> segment, Hj212Options? options = null)
    {
        var max = (options ?? Hj212Options.Default).EffectiveMaxSegmentLength;
        if (segment.Length > max)
        {
            return Hj212ParseResult.Failure(Hj212ErrorCodes.Oversize, $"the data segment is {segment.Length} bytes, the limit is {max}");
        }

        if (segment.IsEmpty)
        {
            return Hj212ParseResult.Failure(Hj212ErrorCodes.Truncated, "the data segment is empty");
        }

        var cpStart = FindCp(segment);
        if (cpStart < 0)
        {
            return Hj212ParseResult.Failure(Hj212ErrorCodes.Field, "CP is missing: no 'CP=&&' after a ';' in the data segment");
        }

        var header = segment[..cpStart];
        var area = segment[(cpStart + CpStart.Length)..];
        if (area.Length < 2 || !area.EndsWith("&&"u8))
        {
            return Hj212ParseResult.Failure(Hj212ErrorCodes.Truncated, "CP is not closed: the data segment must end with '&&'");
        }

        var bad = Hj212Syntax.IndexOfNonPrintableAscii(header);
        if (bad >= 0)
        {
            return Hj212ParseResult.Failure(Hj212ErrorCodes.Encoding, $"header byte 0x{header[bad]:X2} at offset {bad} is not printable ASCII");
        }

        var data = area[..^2];
        var encodingError = Hj212Syntax.CheckCpBytes(data);
        if (encodingError is not null)
        {
            return Hj212ParseResult.Failure(Hj212ErrorCodes.Encoding, encodingError);
        }

        // Sized for the header's fields and one item per separator: the list never grows (ingest parses every packet twice).
        var items = new List<Hj212CpItem>(HeaderFields + data.Count((byte)';') + data.Count((byte)',') + 1);
        var error = Hj212HeaderReader.Read(header, items, out var packet)
            ?? Hj212CpReader.Read(data, items)
            ?? Hj212Validation.Validate(packet!);
        return error is null ? Hj212ParseResult.Success(packet!) : Hj212ParseResult.Failure(error);
    }

    /// <summary>Fields a header usually has: QN, ST, CN, PW, MN, Flag, PNUM, PNO.</summary>
    private const int HeaderFields = 8;

    /// <summary>The index of <c>CP=&amp;&amp;</c> at the start of the segment or after a <c>;</c> (spaces allowed), or -1.</summary>
    private static int FindCp(ReadOnlySpan<byte> segment)
    {
        var from = 0;
        while (from < segment.Length)
        {
            var found = segment[from..].IndexOf(CpStart);
            if (found < 0)
            {
                return -1;
            }

            var index = from + found;
            var before = segment[..index].TrimEnd((byte)' ');
            if (before.IsEmpty || before[^1] == (byte)';')
            {
                return index;
            }

            from = index + 1;
        }

        return -1;
    }
}
