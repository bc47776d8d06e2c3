using System.Collections.Concurrent;
using EcoTwin.Contracts.Devices;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>An in-memory raw log: tests append packets as the gateway would commit them.</summary>
public sealed class FakeRawLog : ITwinRawLog
{
    private readonly ConcurrentDictionary<string, List<RawRecord>> _byMn = new();
    private long _seq;

    /// <summary>How many times twins read from it.</summary>
    public int Reads { get; private set; }

    /// <summary>Commits <paramref name="segment"/> for device <paramref name="mn"/>; returns the record.</summary>
    public RawRecord Append(string mn, string segment, DateTimeOffset receivedAt)
    {
        var record = new RawRecord(Interlocked.Increment(ref _seq), receivedAt, segment);
        var list = _byMn.GetOrAdd(mn, _ => []);
        lock (list)
        {
            list.Add(record);
        }

        return record;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RawRecord>> ReadAsync(string mn, long afterSeq, long? beforeSeq, int limit, CancellationToken cancellationToken)
    {
        Reads++;
        var list = _byMn.GetOrAdd(mn, _ => []);
        lock (list)
        {
            return Task.FromResult<IReadOnlyList<RawRecord>>(
                [.. list.Where(r => r.Seq > afterSeq && r.Seq < (beforeSeq ?? long.MaxValue)).OrderBy(r => r.Seq).Take(limit)]);
        }
    }
}
