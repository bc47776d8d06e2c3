using EcoTwin.Storage.Devices;

namespace EcoTwin.Web.Devices;

/// <summary>A registry entry as the API shows it: never the password.</summary>
public sealed record DeviceView(string Mn, string Kind, int RealtimeInterval, int MinuteInterval, string TimeZone, string CrcMode)
{
    /// <summary>The view of <paramref name="device"/>.</summary>
    public static DeviceView Of(DeviceRecord device) =>
        new(device.Mn, device.TwinKind, device.RealtimeInterval, device.MinuteInterval, device.TimeZone, device.CrcMode);
}
