namespace EcoTwin.Storage.Devices;

/// <summary>One HJ 212 device in the registry: which twin it feeds and how it talks.</summary>
/// <param name="Mn">The device id (MN), 1-24 characters.</param>
/// <param name="TwinKind">station or source.</param>
/// <param name="TwinKey">The key of the twin it feeds (the station code or the outlet's MN).</param>
/// <param name="Password">The PW the device must send.</param>
/// <param name="RealtimeInterval">Seconds between real-time (2011) uploads.</param>
/// <param name="MinuteInterval">Seconds between minute (2051) uploads.</param>
/// <param name="TimeZone">The IANA zone of the device's clock (DataTime is local time).</param>
/// <param name="CrcMode">strict, or modbus-swapped: an explicit, counted leniency for a device family known to send CRC-16/MODBUS byte-swapped.</param>
public sealed record DeviceRecord(
    string Mn,
    string TwinKind,
    string TwinKey,
    string Password,
    int RealtimeInterval = 30,
    int MinuteInterval = 60,
    string TimeZone = "Asia/Shanghai",
    string CrcMode = DeviceRecord.Strict)
{
    /// <summary>CRC mode: only the standard's CRC.</summary>
    public const string Strict = "strict";

    /// <summary>CRC mode: also CRC-16/MODBUS with its bytes swapped.</summary>
    public const string ModbusSwapped = "modbus-swapped";

    /// <summary>Twin kind: a monitoring station.</summary>
    public const string Station = "station";

    /// <summary>Twin kind: a discharge outlet (pollution source).</summary>
    public const string Source = "source";
}
