namespace EcoTwin.Domain.Hj212;

/// <summary>The rules a packet must meet, shared by the parser (after reading) and the encoder (before writing).</summary>
internal static class Hj212Validation
{
    public static Hj212Error? Validate(Hj212Packet packet)
    {
        if (!Hj212Syntax.IsSystemCode(packet.St))
        {
            return Field($"ST {Hj212Syntax.Quote(packet.St)} must be two characters 0-9/A-Z");
        }

        if (!Hj212Syntax.IsDigits(packet.Cn, 4, 4))
        {
            return Field($"CN {Hj212Syntax.Quote(packet.Cn)} must be 4 digits");
        }

        if (!Hj212Syntax.IsHeaderText(packet.Pw))
        {
            return Field(packet.Pw.Length == 0 ? "PW is empty" : $"PW {Hj212Syntax.Quote(packet.Pw)} is not printable ASCII without ';'");
        }

        if (!Hj212Syntax.IsMn(packet.Mn))
        {
            return Field($"MN {Hj212Syntax.Quote(packet.Mn)} must be 1 to {Hj212Syntax.MaxMnLength} characters 0-9, A-Z, a-z, '-' or '_'");
        }

        return ValidateFlagAndQn(packet) ?? ValidateSubpacket(packet) ?? ValidateDataTime(packet);
    }

    private static Hj212Error? ValidateFlagAndQn(Hj212Packet packet)
    {
        if (packet.Flag is < 0 or > 255)
        {
            return Field($"Flag {packet.Flag} is outside 0-255");
        }

        if (packet.Edition == Hj212Edition.Unknown)
        {
            return Field($"Flag={packet.Flag} declares protocol version {packet.ProtocolVersion}; known are 0 (HJ/T 212-2005) and 1 (HJ 212-2017)");
        }

        if (packet.Qn is null)
        {
            return packet.Edition == Hj212Edition.Hj2017 ? Field("QN is missing (required by HJ 212-2017)") : null;
        }

        return Hj212Syntax.IsDigits(packet.Qn, 13, 20)
            ? null
            : Field($"QN {Hj212Syntax.Quote(packet.Qn)} must be 13 to 20 digits (yyyyMMddHHmmssfff or a millisecond timestamp)");
    }

    private static Hj212Error? ValidateSubpacket(Hj212Packet packet)
    {
        if ((packet.Pnum is null) != (packet.Pno is null))
        {
            return Field(packet.Pnum is null ? "PNO is present without PNUM" : "PNUM is present without PNO");
        }

        if (packet.SubpacketFlag && packet.Pnum is null)
        {
            return Field($"Flag={packet.Flag} has bit D set but PNUM and PNO are missing");
        }

        if (packet.Pnum is null)
        {
            return null;
        }

        if (packet.Flag is not null && !packet.SubpacketFlag)
        {
            return Field($"PNUM/PNO are present but Flag={packet.Flag} does not have bit D set");
        }

        if (packet.Pnum is < 1 or > 9999 || packet.Pno is < 1 or > 9999)
        {
            return Field($"PNUM={packet.Pnum} and PNO={packet.Pno} must be 1 to 9999");
        }

        return packet.Pno > packet.Pnum ? Field($"PNO={packet.Pno} is greater than PNUM={packet.Pnum}") : null;
    }

    private static Hj212Error? ValidateDataTime(Hj212Packet packet)
    {
        foreach (var item in packet.Cp)
        {
            if (item.Key == "DataTime" && !Hj212Time.TryParse(item.Value, out _))
            {
                return new Hj212Error(Hj212ErrorCodes.Date, $"DataTime {Hj212Syntax.Quote(item.Value)} is not yyyyMMddHHmmss (or yyyyMMddHHmmssfff)");
            }
        }

        return null;
    }

    private static Hj212Error Field(string message) => new(Hj212ErrorCodes.Field, message);
}
