namespace EcoTwin.Client.Simulation;

/// <summary>What a <see cref="DeviceSimulator"/> run did.</summary>
/// <param name="Devices">How many devices took part.</param>
/// <param name="Sent">Distinct packets produced (each counted once, however often it was resent).</param>
/// <param name="Acked">Packets answered with a 9014 (matched by QN).</param>
/// <param name="Retried">Resends: after OverTime without an answer, or of what was unanswered when a connection dropped.</param>
/// <param name="Rejected">Packets given up on after every resend (or dropped from a full device buffer).</param>
/// <param name="Unanswered">Packets still waiting when the run ended (stopped before their last resend ran out).</param>
/// <param name="Reconnects">Connections re-established after a drop.</param>
/// <param name="AckLatencyP50">Median time from producing a packet to its answer; null when nothing was answered.</param>
/// <param name="AckLatencyP99">99th percentile of that time.</param>
/// <param name="Duration">From the first packet to the end of the run (including the wait for the last answers).</param>
/// <param name="AckedQns">The answered QNs by MN, in answer order, when <see cref="DeviceSimulatorOptions.RecordAckedQns"/> is set; else empty.</param>
public sealed record SimulationReport(
    int Devices,
    long Sent,
    long Acked,
    long Retried,
    long Rejected,
    long Unanswered,
    long Reconnects,
    TimeSpan? AckLatencyP50,
    TimeSpan? AckLatencyP99,
    TimeSpan Duration,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AckedQns);
