using EcoTwin.Contracts.Devices;
using EcoTwin.Grains.Twins;
using EcoTwin.Storage.RawLog;

namespace EcoTwin.Silo.Twins;

/// <summary>The raw log as twins read it, over <see cref="RawLogReader"/>.</summary>
public sealed class TwinRawLog(RawLogReader reader) : ITwinRawLog
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<RawRecord>> ReadAsync(string mn, long afterSeq, long? beforeSeq, int limit, CancellationToken cancellationToken) =>
        [.. (await reader.ReadAsync(mn, afterSeq, beforeSeq, limit, cancellationToken)).Select(p => new RawRecord(p.Seq, p.ReceivedAt, p.Segment))];
}
