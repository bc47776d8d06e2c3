using EcoTwin.Contracts.Devices;

namespace EcoTwin.Grains.Twins;

/// <summary>The raw log as a twin reads it: its device's packets after its checkpoint or across a gap.</summary>
public interface ITwinRawLog
{
    /// <summary>
    /// The packets of device <paramref name="mn"/> with <paramref name="afterSeq"/> &lt; seq &lt;
    /// <paramref name="beforeSeq"/> (no upper bound when null), in sequence order, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<RawRecord>> ReadAsync(string mn, long afterSeq, long? beforeSeq, int limit, CancellationToken cancellationToken);
}
