namespace EcoTwin.Storage.Quarantine;

/// <summary>Something a device sent that did not go into the raw log, with the reason.</summary>
/// <param name="ReceivedAt">When it arrived (UTC).</param>
/// <param name="Peer">The sender's remote endpoint.</param>
/// <param name="Mn">The device id, when it could be read.</param>
/// <param name="Reason">A stable code: crc, length, header, field, date, oversize, encoding, junk, unknown-device, password, ...</param>
/// <param name="Detail">The exact reason in words.</param>
/// <param name="Bytes">What arrived (the writer keeps at most 8 KiB).</param>
public sealed record QuarantinedInput(DateTimeOffset ReceivedAt, string Peer, string? Mn, string Reason, string Detail, byte[] Bytes);
