using System.Diagnostics.Metrics;

namespace EcoTwin.Silo.Gateway;

/// <summary>The gateway's meters (meter <c>EcoTwin.Gateway</c>): packets by outcome, connections.</summary>
public sealed class GatewayMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "EcoTwin.Gateway";

    private readonly Counter<long> _received;
    private readonly Counter<long> _committed;
    private readonly Counter<long> _acked;
    private readonly Counter<long> _quarantined;
    private readonly Counter<long> _lenient;
    private readonly Counter<long> _notCommitted;
    private readonly Counter<long> _deliveryFailed;
    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _refused;

    /// <summary>Creates the instruments on <paramref name="meters"/>.</summary>
    public GatewayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>("ecotwin.gateway.packets.received", "{packet}", "Frames read from devices");
        _committed = meter.CreateCounter<long>("ecotwin.gateway.packets.committed", "{packet}", "Packets committed to the raw log");
        _acked = meter.CreateCounter<long>("ecotwin.gateway.packets.acked", "{packet}", "Responses (9014) sent after commit");
        _quarantined = meter.CreateCounter<long>("ecotwin.gateway.packets.quarantined", "{packet}", "Inputs kept in quarantine, by reason");
        _lenient = meter.CreateCounter<long>("ecotwin.gateway.packets.crc_lenient", "{packet}", "Packets accepted with a bad CRC under a device's explicit leniency");
        _notCommitted = meter.CreateCounter<long>("ecotwin.gateway.packets.not_committed", "{packet}", "Packets the raw log could not commit (not acknowledged)");
        _deliveryFailed = meter.CreateCounter<long>("ecotwin.gateway.delivery.failed", "{packet}", "Committed packets a twin did not take (it catches up from the raw log)");
        _connections = meter.CreateUpDownCounter<long>("ecotwin.gateway.connections", "{connection}", "Open device connections");
        _refused = meter.CreateCounter<long>("ecotwin.gateway.connections.refused", "{connection}", "Connections closed at once: over the limit");
    }

    internal void Received() => _received.Add(1);

    internal void Committed() => _committed.Add(1);

    internal void Acked(int count) => _acked.Add(count);

    internal void Quarantined(string reason) => _quarantined.Add(1, new KeyValuePair<string, object?>("reason", reason));

    internal void Lenient(string mode) => _lenient.Add(1, new KeyValuePair<string, object?>("mode", mode));

    internal void NotCommitted() => _notCommitted.Add(1);

    internal void DeliveryFailed(int count) => _deliveryFailed.Add(count);

    internal void Opened() => _connections.Add(1);

    internal void Closed() => _connections.Add(-1);

    internal void Refused() => _refused.Add(1);
}
