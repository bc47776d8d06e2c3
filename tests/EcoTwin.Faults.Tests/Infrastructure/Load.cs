using System.Globalization;
using EcoTwin.Client.Simulation;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>The simulator load of the fault tests: demo-city stations and outlets with HJ 212's resend rules, no incidents.</summary>
public static class Load
{
    /// <summary>Options for <paramref name="scale"/>'s load against <paramref name="gateways"/>, registering through <paramref name="api"/>.</summary>
    public static DeviceSimulatorOptions Options(FaultScale scale, IReadOnlyList<string> gateways, Uri api, double? rate = null, TimeSpan? duration = null) => new()
    {
        Gateways = gateways,
        ApiBaseUrl = api,
        Stations = scale.Stations,
        Sources = scale.Sources,
        Rate = rate ?? scale.Rate,
        Duration = duration ?? scale.LoadDuration,
        Incidents = false, // every packet carries every factor with flag N: the twins' latest values are exact
        Seed = 212,
    };

    /// <summary>One line about a finished run.</summary>
    public static string Describe(SimulationReport report) => string.Create(CultureInfo.InvariantCulture,
        $"simulator: {report.Devices} devices, sent {report.Sent}, acked {report.Acked}, retried {report.Retried}, rejected {report.Rejected}, " +
        $"unanswered {report.Unanswered}, reconnects {report.Reconnects}, ack p50 {Ms(report.AckLatencyP50)} p99 {Ms(report.AckLatencyP99)}, {report.Duration.TotalSeconds:0.0} s");

    /// <summary>Milliseconds, for reports.</summary>
    public static string Ms(TimeSpan? span) => span is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0} ms") : "-";
}
