namespace EcoTwin.Domain.Hj212;

/// <summary>
/// A parsed HJ 212 data segment: the header fields and the CP items in the order sent. Equality
/// compares every field and the CP items in order.
/// </summary>
public sealed record Hj212Packet
{
    /// <summary>The request number from the header, as sent; null when absent (HJ/T 212-2005 packets).</summary>
    public string? Qn { get; init; }

    /// <summary>The system code, e.g. <c>22</c> ambient air, <c>32</c> surface-water source, <c>91</c> interaction.</summary>
    public required string St { get; init; }

    /// <summary>The command code, e.g. <c>2011</c> real-time data.</summary>
    public required string Cn { get; init; }

    /// <summary>The access password.</summary>
    public required string Pw { get; init; }

    /// <summary>The device's unique identifier.</summary>
    public required string Mn { get; init; }

    /// <summary>The Flag (bits V5..V0 D A); null when absent.</summary>
    public int? Flag { get; init; }

    /// <summary>The total number of packets of a subpackaged transfer; null when not subpackaged.</summary>
    public int? Pnum { get; init; }

    /// <summary>This packet's number within a subpackaged transfer, from 1; null when not subpackaged.</summary>
    public int? Pno { get; init; }

    /// <summary>The CP items exactly as sent, in order.</summary>
    public IReadOnlyList<Hj212CpItem> Cp { get; init; } = [];

    /// <summary>The version bits V5..V0 of Flag (0 when Flag is absent).</summary>
    public int ProtocolVersion => (Flag ?? 0) >> 2;

    /// <summary>The edition: 2005 without Flag or with version 0, 2017 with version 1.</summary>
    public Hj212Edition Edition => ProtocolVersion switch
    {
        0 => Hj212Edition.Hj2005,
        1 => Hj212Edition.Hj2017,
        _ => Hj212Edition.Unknown,
    };

    /// <summary>Flag bit A: the sender wants a response (9014 for uploads).</summary>
    public bool AckRequested => ((Flag ?? 0) & 1) != 0;

    /// <summary>Flag bit D: the packet is one part of a subpackaged transfer.</summary>
    public bool SubpacketFlag => ((Flag ?? 0) & 2) != 0;

    /// <summary>Whether PNUM and PNO are present (with Flag bit D, or in a 2005 packet without Flag).</summary>
    public bool IsSubpackaged => Pnum is not null && Pno is not null;

    /// <summary>The header QN, or for a 2005 packet without one the <c>QN</c> item of CP (2005 replies carry it there).</summary>
    public string? EffectiveQn => Qn ?? (Edition == Hj212Edition.Hj2005 ? GetValue("QN") : null);

    /// <summary>The DataTime item parsed (device local time, no offset); null when absent or invalid.</summary>
    public DateTime? DataTime => Hj212Time.TryParse(GetValue("DataTime"), out var time) ? time : null;

    /// <summary>The value of the first CP item with this key (case-sensitive), or null.</summary>
    public string? GetValue(string key)
    {
        foreach (var item in Cp)
        {
            if (item.Key == key)
            {
                return item.Value;
            }
        }

        return null;
    }

    /// <summary>The value of the first CP item with this key as decimal; null if absent or not a number.</summary>
    public decimal? GetDecimal(string key) => Hj212Number.ParseDecimal(GetValue(key));

    /// <summary>The CP items grouped by factor code (<c>a34004</c> -> Rtd, Flag...), in order of first appearance.</summary>
    public IReadOnlyList<Hj212Factor> GetFactors() => Hj212Factor.Group(Cp);

    /// <summary>Compares every header field and the CP items in order.</summary>
    public bool Equals(Hj212Packet? other) =>
        other is not null
        && Qn == other.Qn && St == other.St && Cn == other.Cn && Pw == other.Pw && Mn == other.Mn
        && Flag == other.Flag && Pnum == other.Pnum && Pno == other.Pno
        && Cp.SequenceEqual(other.Cp);

    /// <summary>A hash over the header fields and the number of CP items.</summary>
    public override int GetHashCode() => HashCode.Combine(Qn, St, Cn, Pw, Mn, Flag, Pnum, HashCode.Combine(Pno, Cp.Count));
}
