using System.Net;
using Microsoft.Extensions.Logging;

namespace EcoTwin.Client.Simulation;

/// <summary>What every device session of one run shares.</summary>
internal sealed record SimulationContext(
    IReadOnlyList<DnsEndPoint> Gateways,
    DeviceReadings Readings,
    DeviceIncidents Incidents,
    SimulationCounters Counters,
    DeviceSimulatorOptions Options,
    ILogger Logger)
{
    public TimeProvider Time => Options.Time;
}
