using System.Security.Cryptography;
using System.Text;
using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Time;
using EcoTwin.Storage.Devices;
using EcoTwin.Storage.RawLog;

namespace EcoTwin.Silo.Gateway;

/// <summary>
/// Builds the raw-log row of an admitted packet: the device's local DataTime in UTC, the resend key,
/// and the segment as text (UTF-8: CP values may carry Chinese; the codec has checked the encoding).
/// </summary>
public static class RawPackets
{
    /// <summary>The raw-log row of <paramref name="packet"/> (data segment <paramref name="segment"/>) from <paramref name="device"/>.</summary>
    public static RawPacket From(Hj212Packet packet, byte[] segment, DateTimeOffset receivedAt, string peer, DeviceRecord device)
    {
        var qn = packet.EffectiveQn;
        return new RawPacket(
            receivedAt,
            peer,
            packet.Mn,
            packet.St,
            packet.Cn,
            qn,
            packet.DataTime is { } local ? DeviceClock.ToUtc(local, device.TimeZone) : null,
            qn is null ? null : SHA256.HashData(segment)[..16],
            Encoding.UTF8.GetString(segment));
    }
}
