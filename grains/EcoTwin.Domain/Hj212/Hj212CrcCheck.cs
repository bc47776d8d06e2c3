namespace EcoTwin.Domain.Hj212;

/// <summary>How a received CRC compares with the data segment.</summary>
public enum Hj212CrcCheck
{
    /// <summary>The received CRC is the standard's CRC of the segment.</summary>
    Ok,

    /// <summary>The received CRC matches neither the standard CRC nor a known variant.</summary>
    Mismatch,

    /// <summary>
    /// Not the standard CRC, but CRC-16/MODBUS with its bytes swapped (a known-bad device family).
    /// Accepted only where a device is explicitly configured with <see cref="Hj212CrcPolicy.AcceptSwappedModbus"/>.
    /// </summary>
    SwappedModbus,
}
