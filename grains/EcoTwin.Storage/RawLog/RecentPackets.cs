namespace EcoTwin.Storage.RawLog;

/// <summary>
/// The resend keys of the packets this silo committed last (a bounded window, oldest forgotten
/// first), so a device resending a packet it got no answer for is answered without touching the
/// database, and a batch is not rolled back for it. A resend older than the window, or committed
/// by another silo, is still caught by the raw log's unique index.
/// </summary>
internal sealed class RecentPackets(int capacity)
{
    private readonly HashSet<(string Mn, UInt128 Key)> _keys = [];
    private readonly Queue<(string Mn, UInt128 Key)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Whether <paramref name="packet"/> was committed here recently.</summary>
    public bool Contains(RawPacket packet)
    {
        if (packet.DedupeKey is not { Length: 16 } key)
        {
            return false;
        }

        lock (_lock)
        {
            return _keys.Contains((packet.Mn, ToKey(key)));
        }
    }

    /// <summary>Remembers the committed <paramref name="packets"/>.</summary>
    public void AddRange(IEnumerable<RawPacket> packets)
    {
        lock (_lock)
        {
            foreach (var packet in packets)
            {
                if (packet.DedupeKey is { Length: 16 } key && _keys.Add((packet.Mn, ToKey(key))))
                {
                    _order.Enqueue((packet.Mn, ToKey(key)));
                    if (_order.Count > capacity)
                    {
                        _keys.Remove(_order.Dequeue());
                    }
                }
            }
        }
    }

    private static UInt128 ToKey(byte[] key) => new(BitConverter.ToUInt64(key, 0), BitConverter.ToUInt64(key, 8));
}
