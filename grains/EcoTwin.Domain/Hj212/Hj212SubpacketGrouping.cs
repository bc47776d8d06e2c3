namespace EcoTwin.Domain.Hj212;

/// <summary>How <see cref="Hj212Reassembler"/> decides which parts belong to one transfer.</summary>
/// <remarks>
/// Parts always share MN, ST, CN and PNUM. Many devices repeat one QN in every part, but the
/// standard's own example (appendix C, tables C.49 and C.50) gives each part its own QN
/// (…534, …535) and acknowledges each part with that part's QN.
/// </remarks>
public enum Hj212SubpacketGrouping
{
    /// <summary>
    /// A part joins the pending transfer with the same QN; failing that, the newest pending transfer
    /// whose parts so far all have lower PNOs (parts arrive in order on one connection, as in the
    /// standard's example); failing that, it starts a new transfer.
    /// </summary>
    SameQnOrSequence,

    /// <summary>Only parts with the same QN belong together (key MN, ST, CN, PNUM, QN).</summary>
    SameQn,
}
