using System.Buffers;
using System.Globalization;

namespace EcoTwin.Domain.Hj212;

/// <summary>
/// The CRC-16 of HJ 212 (appendix A) and the CRC-16/MODBUS variant that one device family sends
/// with its two bytes swapped. The CRC covers the data segment only.
/// </summary>
/// <remarks>
/// HJ 212 shifts the register right by 8 before xoring the next byte in, so only the high byte of
/// the register survives each step: it is not CRC-16/MODBUS, although both use the polynomial
/// 0xA001 and the start value 0xFFFF.
/// </remarks>
public static class Hj212Crc
{
    private static readonly ushort[] Table = BuildTable();

    /// <summary>The HJ 212 CRC of <paramref name="data"/>.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFF;
        foreach (var b in data)
        {
            crc = Table[(crc >> 8) ^ b];
        }

        return (ushort)crc;
    }

    /// <summary>The HJ 212 CRC of a possibly multi-segment buffer.</summary>
    public static ushort Compute(in ReadOnlySequence<byte> data)
    {
        uint crc = 0xFFFF;
        foreach (var memory in data)
        {
            foreach (var b in memory.Span)
            {
                crc = Table[(crc >> 8) ^ b];
            }
        }

        return (ushort)crc;
    }

    /// <summary>CRC-16/MODBUS of <paramref name="data"/> (not what the standard specifies).</summary>
    public static ushort ComputeModbus(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFF;
        foreach (var b in data)
        {
            crc = (crc >> 8) ^ Table[(crc ^ b) & 0xFF];
        }

        return (ushort)crc;
    }

    /// <summary>CRC-16/MODBUS with its two bytes swapped, as one known-bad device family prints it.</summary>
    public static ushort ComputeModbusSwapped(ReadOnlySpan<byte> data)
    {
        var crc = ComputeModbus(data);
        return (ushort)((crc << 8) | (crc >> 8));
    }

    /// <summary>Compares a received CRC with the segment: the standard CRC, else the swapped MODBUS variant.</summary>
    public static Hj212CrcCheck Check(ReadOnlySpan<byte> segment, ushort received, out ushort computed)
    {
        computed = Compute(segment);
        if (computed == received)
        {
            return Hj212CrcCheck.Ok;
        }

        return ComputeModbusSwapped(segment) == received ? Hj212CrcCheck.SwappedModbus : Hj212CrcCheck.Mismatch;
    }

    /// <summary>Whether a check result is accepted under a (per-device) policy.</summary>
    public static bool IsAccepted(Hj212CrcCheck check, Hj212CrcPolicy policy) =>
        check == Hj212CrcCheck.Ok
        || (check == Hj212CrcCheck.SwappedModbus && policy == Hj212CrcPolicy.AcceptSwappedModbus);

    /// <summary>The CRC as the standard prints it: 4 upper-case hex digits.</summary>
    public static string Format(ushort crc) => crc.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>Parses exactly 4 hex digits (upper or lower case) as sent in a frame.</summary>
    public static bool TryParse(ReadOnlySpan<byte> hex, out ushort crc)
    {
        crc = 0;
        if (hex.Length != 4)
        {
            return false;
        }

        var value = 0;
        foreach (var b in hex)
        {
            var digit = HexValue(b);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        crc = (ushort)value;
        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };

    // Table[i] is i shifted right 8 times, xoring 0xA001 whenever a 1 bit falls out.
    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var value = (uint)i;
            for (var bit = 0; bit < 8; bit++)
            {
                value = (value & 1) != 0 ? (value >> 1) ^ 0xA001 : value >> 1;
            }

            table[i] = (ushort)value;
        }

        return table;
    }
}
