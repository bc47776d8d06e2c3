namespace EcoTwin.Domain.Hj212;

/// <summary>Which CRCs a device's frames may carry; a per-device setting, strict by default.</summary>
public enum Hj212CrcPolicy
{
    /// <summary>Only the standard's CRC is accepted.</summary>
    Strict,

    /// <summary>
    /// The standard's CRC, or CRC-16/MODBUS with its bytes swapped. The leniency must be counted by
    /// the caller whenever it is used (<see cref="Hj212CrcCheck.SwappedModbus"/>).
    /// </summary>
    AcceptSwappedModbus,
}
