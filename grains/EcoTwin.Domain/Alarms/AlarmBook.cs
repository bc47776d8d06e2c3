namespace EcoTwin.Domain.Alarms;

/// <summary>
/// The open alarms of one twin, at most one per cause. The twin says which causes are present now;
/// the book raises the new ones, clears the gone ones and only notes repeats of the open ones.
/// </summary>
public sealed class AlarmBook(string twinId, IEnumerable<OpenAlarm>? open = null)
{
    private readonly SortedDictionary<string, OpenAlarm> _open = new(
        (open ?? []).ToDictionary(alarm => alarm.Cause, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The open alarms by cause.</summary>
    public IReadOnlyDictionary<string, OpenAlarm> Open => _open;

    /// <summary>
    /// Brings the book in line with <paramref name="present"/> (cause → detail) among the causes that
    /// <paramref name="scope"/> accepts; returns what was raised or cleared.
    /// </summary>
    public IReadOnlyList<AlarmEvent> Reconcile(IReadOnlyDictionary<string, string> present, Func<string, bool> scope, DateTimeOffset at)
    {
        var events = new List<AlarmEvent>();
        foreach (var (cause, detail) in present)
        {
            if (_open.TryGetValue(cause, out var alarm))
            {
                _open[cause] = alarm with { LastSeenAt = at, Detail = detail, Repeats = alarm.Repeats + (alarm.Detail == detail ? 0 : 1) };
                continue;
            }

            var id = $"{twinId}/{cause}/{at.UtcDateTime:yyyyMMddTHHmmssfff}";
            _open[cause] = new OpenAlarm(id, cause, at, at, detail, 0);
            events.Add(new AlarmEvent(id, cause, Raised: true, at, at, detail));
        }

        foreach (var alarm in _open.Values.Where(alarm => scope(alarm.Cause) && !present.ContainsKey(alarm.Cause)).ToList())
        {
            _open.Remove(alarm.Cause);
            events.Add(new AlarmEvent(alarm.Id, alarm.Cause, Raised: false, alarm.RaisedAt, at, alarm.Detail));
        }

        return events;
    }
}
