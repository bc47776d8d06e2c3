using System.Security.Cryptography;
using System.Text;
using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Time;
using EcoTwin.Storage.Devices;
using EcoTwin.Storage.RawLog;

namespace EcoTwin.Silo.Gateway;

/// <summary>Builds the raw-log row of an admitted packet: the device's local DataTime in UTC, the resend key.</summary>
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
            Encoding.ASCII.GetString(segment));
    }
}
