using System.Text.Encodings.Web;
using System.Text.Json;
using EcoTwin.Client.Simulation;

namespace EcoTwin.Cli.Output;

/// <summary>The summary `ecotwin simulate` prints on standard output when it ends (nulls kept: no answer, no latency).</summary>
/// <param name="Devices">Devices that took part.</param>
/// <param name="Sent">Distinct packets produced.</param>
/// <param name="Acked">Packets answered with a 9014.</param>
/// <param name="Retried">Resends.</param>
/// <param name="Rejected">Packets given up on after every resend.</param>
/// <param name="Unanswered">Packets still waiting when the run ended.</param>
/// <param name="Reconnects">Connections re-established after a drop.</param>
/// <param name="AckLatencyMs">Time from producing a packet to its answer, milliseconds.</param>
/// <param name="DurationSeconds">From the first packet to the end.</param>
public sealed record SimulationSummaryJson(
    int Devices,
    long Sent,
    long Acked,
    long Retried,
    long Rejected,
    long Unanswered,
    long Reconnects,
    SimulationSummaryJson.Latency AckLatencyMs,
    double DurationSeconds)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Percentiles in milliseconds.</summary>
    /// <param name="P50">Median.</param>
    /// <param name="P99">99th percentile.</param>
    public sealed record Latency(double? P50, double? P99);

    /// <summary>Shapes a simulator report.</summary>
    public static SimulationSummaryJson From(SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Devices,
            report.Sent,
            report.Acked,
            report.Retried,
            report.Rejected,
            report.Unanswered,
            report.Reconnects,
            new Latency(Milliseconds(report.AckLatencyP50), Milliseconds(report.AckLatencyP99)),
            Math.Round(report.Duration.TotalSeconds, 3));
    }

    /// <summary>The summary as one line of JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    private static double? Milliseconds(TimeSpan? span) => span is { } value ? Math.Round(value.TotalMilliseconds, 3) : null;
}
