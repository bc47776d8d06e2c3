namespace EcoTwin.Storage.RawLog;

/// <summary>The raw log's answer for one packet, given after the commit.</summary>
/// <param name="Seq">The packet's sequence number; 0 when it was a duplicate.</param>
/// <param name="Duplicate">The same packet (same device, QN and bytes) was stored before; it was not stored again.</param>
public readonly record struct RawLogReceipt(long Seq, bool Duplicate);
