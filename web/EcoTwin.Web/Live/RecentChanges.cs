using System.Collections.Concurrent;
using EcoTwin.Contracts.Twins;

namespace EcoTwin.Web.Live;

/// <summary>
/// The newest summary of each twin that reached this silo's hub in the last <see cref="Window"/>,
/// which the snapshot lays over the twins table. A client joins its groups first and then loads the
/// snapshot; a change pushed just before it joined reaches the table only after the write-behind, so
/// without this it would be in neither the client's feed nor its snapshot until the twin's next
/// change (hours, for a device that went offline).
/// </summary>
public sealed class RecentChanges(TimeProvider time)
{
    /// <summary>
    /// How long a change is kept: far longer than the summaries' write-behind takes (a batch every few
    /// hundred milliseconds), short enough that what is kept stays small (about 1 KB a twin).
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private long _nextSweep;

    /// <summary>How many twins' changes are kept.</summary>
    public int Count => _byId.Count;

    /// <summary>Keeps <paramref name="changes"/> (a twin's newer version replaces its older one).</summary>
    public void Remember(IEnumerable<TwinSummary> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var now = time.GetTimestamp();
        foreach (var change in changes)
        {
            var entry = new Entry(change, now);
            _byId.AddOrUpdate(change.Id, entry, (_, kept) => kept.Summary.Version > change.Version ? kept : entry);
        }

        Sweep(now);
    }

    /// <summary>
    /// <paramref name="stored"/> (the twins table) with each twin replaced by its kept change when that
    /// is newer, followed by the kept changes of twins the table does not hold yet.
    /// </summary>
    public List<TwinSummary> Overlay(IEnumerable<TwinSummary> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Sweep(time.GetTimestamp());
        var recent = _byId.ToDictionary(pair => pair.Key, pair => pair.Value.Summary, StringComparer.Ordinal);
        var items = new List<TwinSummary>();
        foreach (var summary in stored)
        {
            items.Add(recent.Remove(summary.Id, out var kept) && kept.Version > summary.Version ? kept : summary);
        }

        items.AddRange(recent.Values);
        return items;
    }

    /// <summary>Drops the changes older than <see cref="Window"/>, at most once per <see cref="SweepEvery"/>.</summary>
    private void Sweep(long now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + (long)(SweepEvery.TotalSeconds * time.TimestampFrequency), due) != due)
        {
            return;
        }

        foreach (var (id, entry) in _byId)
        {
            if (time.GetElapsedTime(entry.At, now) > Window)
            {
                _byId.TryRemove(KeyValuePair.Create(id, entry));
            }
        }
    }

    private sealed class Entry(TwinSummary summary, long at)
    {
        public TwinSummary Summary { get; } = summary;

        public long At { get; } = at;
    }
}
