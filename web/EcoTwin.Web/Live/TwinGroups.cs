using System.Collections.Concurrent;

namespace EcoTwin.Web.Live;

/// <summary>Which hub groups of this silo have members, so changes are sent only to groups someone listens to.</summary>
public sealed class TwinGroups
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _byConnection = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _members = new(StringComparer.Ordinal);

    /// <summary>Whether anyone on this silo listens to <paramref name="group"/>.</summary>
    public bool HasMembers(string group) => _members.TryGetValue(group, out var count) && count > 0;

    /// <summary>Records that <paramref name="connectionId"/> joined <paramref name="group"/>.</summary>
    public void Join(string connectionId, string group)
    {
        var joined = _byConnection.GetOrAdd(connectionId, _ => []);
        lock (joined)
        {
            if (joined.Add(group))
            {
                _members.AddOrUpdate(group, 1, (_, count) => count + 1);
            }
        }
    }

    /// <summary>Records that <paramref name="connectionId"/> left <paramref name="group"/>; false when it was not in it.</summary>
    public bool Leave(string connectionId, string group)
    {
        if (!_byConnection.TryGetValue(connectionId, out var joined))
        {
            return false;
        }

        lock (joined)
        {
            if (!joined.Remove(group))
            {
                return false;
            }
        }

        _members.AddOrUpdate(group, 0, (_, count) => count - 1);
        return true;
    }

    /// <summary>Records that <paramref name="connectionId"/> disconnected.</summary>
    public void LeaveAll(string connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var joined))
        {
            lock (joined)
            {
                foreach (var group in joined)
                {
                    _members.AddOrUpdate(group, 0, (_, count) => count - 1);
                }
            }
        }
    }
}
