namespace EcoTwin.Domain.Hj212;

/// <summary>A subpackaged transfer dropped before all its parts arrived (expired or evicted), for counting and logs.</summary>
/// <param name="Mn">The device.</param>
/// <param name="Cn">The command code.</param>
/// <param name="Qn">The QN of the first part stored.</param>
/// <param name="Pnum">The number of parts announced.</param>
/// <param name="ReceivedPnos">The part numbers that did arrive, ascending.</param>
/// <param name="Expired">True when dropped by <see cref="Hj212Reassembler.Expire"/>, false when evicted for room.</param>
public sealed record Hj212IncompleteTransfer(string Mn, string Cn, string? Qn, int Pnum, IReadOnlyList<int> ReceivedPnos, bool Expired);
