namespace EcoTwin.Domain.Hj212;

/// <summary>The outcome of <see cref="Hj212Reassembler.Add"/>.</summary>
/// <param name="Status">What happened to the packet.</param>
/// <param name="Packet">The packet to process now: the packet itself when not subpackaged, the whole transfer when completed, else null.</param>
/// <param name="Reason">Why a part was rejected, else null.</param>
/// <param name="Dropped">Transfers evicted to make room for this part (usually empty).</param>
public sealed record Hj212ReassemblyResult(
    Hj212ReassemblyStatus Status,
    Hj212Packet? Packet,
    string? Reason,
    IReadOnlyList<Hj212IncompleteTransfer> Dropped);
