namespace EcoTwin.Contracts.Devices;

/// <summary>One packet as committed to the raw log: its sequence number, arrival time and data segment.</summary>
/// <param name="Seq">The raw-log sequence number; rises with commit order.</param>
/// <param name="ReceivedAt">When the gateway read it (UTC).</param>
/// <param name="Segment">The HJ 212 data segment exactly as received.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.RawRecord")]
public sealed record RawRecord(
    [property: Id(0)] long Seq,
    [property: Id(1)] DateTimeOffset ReceivedAt,
    [property: Id(2)] string Segment);
