using EcoTwin.Domain.Hj212;
using EcoTwin.Storage.Devices;

namespace EcoTwin.Silo.Gateway;

/// <summary>
/// Decides whether one framed packet goes into the raw log: it must parse, come from a registered
/// device with the right password, and carry a good CRC — or a bad one the device's explicit
/// leniency allows. Pure: the caller supplies the device.
/// </summary>
public static class PacketAdmission
{
    /// <summary>Quarantine reason: the MN is not in the device registry.</summary>
    public const string UnknownDevice = "unknown-device";

    /// <summary>Quarantine reason: the PW does not match the registry.</summary>
    public const string WrongPassword = "password";

    /// <summary>What was decided, and why when refused.</summary>
    /// <param name="Admitted">Whether the packet goes into the raw log.</param>
    /// <param name="Reason">The quarantine reason when refused (a stable code).</param>
    /// <param name="Detail">The exact reason in words.</param>
    /// <param name="LenientCrc">The CRC was bad and accepted under the device's leniency (to be counted).</param>
    public readonly record struct Verdict(bool Admitted, string? Reason, string? Detail, bool LenientCrc)
    {
        internal static Verdict Refuse(string reason, string detail) => new(false, reason, detail, false);
    }

    /// <summary>Judges <paramref name="frame"/> with its parsed <paramref name="packet"/> sent by <paramref name="device"/> (null when unknown).</summary>
    public static Verdict Judge(in Hj212FrameResult frame, Hj212Packet packet, DeviceRecord? device)
    {
        if (device is null)
        {
            return Verdict.Refuse(UnknownDevice, $"device MN={packet.Mn} is not registered");
        }

        var lenient = false;
        if (!frame.CrcOk)
        {
            if (!frame.IsCrcAccepted(CrcPolicyOf(device)))
            {
                var error = frame.CrcError!;
                return Verdict.Refuse(error.Code, error.Message);
            }

            lenient = true;
        }

        if (!string.Equals(packet.Pw, device.Password, StringComparison.Ordinal))
        {
            return Verdict.Refuse(WrongPassword, $"wrong password for device MN={packet.Mn}");
        }

        return new Verdict(true, null, null, lenient);
    }

    private static Hj212CrcPolicy CrcPolicyOf(DeviceRecord device) =>
        device.CrcMode == DeviceRecord.ModbusSwapped ? Hj212CrcPolicy.AcceptSwappedModbus : Hj212CrcPolicy.Strict;
}
