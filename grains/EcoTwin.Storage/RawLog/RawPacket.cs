namespace EcoTwin.Storage.RawLog;

/// <summary>One well-formed packet from a registered device, on its way into the raw log.</summary>
/// <param name="ReceivedAt">When the gateway read it (UTC).</param>
/// <param name="Peer">The device's remote endpoint.</param>
/// <param name="Mn">The device id.</param>
/// <param name="St">The system code, if any.</param>
/// <param name="Cn">The command code.</param>
/// <param name="Qn">The request id, if any.</param>
/// <param name="DataTime">CP DataTime converted to UTC, if any.</param>
/// <param name="DedupeKey">A hash of the segment when the packet has a QN (a resend is stored once); else null.</param>
/// <param name="Segment">The data segment exactly as received.</param>
public sealed record RawPacket(
    DateTimeOffset ReceivedAt,
    string Peer,
    string Mn,
    string? St,
    string Cn,
    string? Qn,
    DateTimeOffset? DataTime,
    byte[]? DedupeKey,
    string Segment);
