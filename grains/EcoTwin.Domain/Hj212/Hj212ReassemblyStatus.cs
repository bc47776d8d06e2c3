namespace EcoTwin.Domain.Hj212;

/// <summary>What <see cref="Hj212Reassembler.Add"/> did with a packet.</summary>
public enum Hj212ReassemblyStatus
{
    /// <summary>The packet is not subpackaged; it is returned as is.</summary>
    NotSubpackaged,

    /// <summary>The part was stored; its transfer is not complete yet.</summary>
    Pending,

    /// <summary>The part completed its transfer; the reassembled packet is returned.</summary>
    Completed,

    /// <summary>A part with this PNO (and QN) was already stored; the first one is kept.</summary>
    Duplicate,

    /// <summary>The part cannot be reassembled (PNUM above the limit); see the reason.</summary>
    Rejected,
}
