namespace EcoTwin.Storage.RawLog;

/// <summary>A packet as read back from the raw log.</summary>
public sealed record StoredPacket(long Seq, DateTimeOffset ReceivedAt, string Segment);
