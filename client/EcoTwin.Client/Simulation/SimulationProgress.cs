namespace EcoTwin.Client.Simulation;

/// <summary>A snapshot of a running simulation, reported every <see cref="DeviceSimulatorOptions.ProgressInterval"/>.</summary>
/// <param name="Elapsed">Time since sending started.</param>
/// <param name="Sent">Distinct packets the devices produced so far.</param>
/// <param name="Acked">Packets answered with a 9014.</param>
/// <param name="Retried">Resends (after OverTime, or after a reconnect).</param>
/// <param name="Rejected">Packets given up on: no answer after every resend.</param>
/// <param name="Reconnects">Connections re-established after a drop.</param>
/// <param name="Pending">Packets waiting for their answer now.</param>
/// <param name="ConnectedDevices">Devices with an open connection now.</param>
/// <param name="AckRate">Answers per second since the previous snapshot.</param>
/// <param name="AckLatencyP50">Median time from producing a packet to its answer, so far.</param>
/// <param name="AckLatencyP99">99th percentile of that time, so far.</param>
public sealed record SimulationProgress(
    TimeSpan Elapsed,
    long Sent,
    long Acked,
    long Retried,
    long Rejected,
    long Reconnects,
    long Pending,
    int ConnectedDevices,
    double AckRate,
    TimeSpan? AckLatencyP50,
    TimeSpan? AckLatencyP99);
