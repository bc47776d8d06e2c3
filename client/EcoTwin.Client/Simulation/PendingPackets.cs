namespace EcoTwin.Client.Simulation;

/// <summary>
/// One device's packets waiting for their 9014, by QN, oldest first, with HJ 212's resend rule:
/// after OverTime without an answer resend, after ReCount resends give up. Not thread-safe: the
/// device session locks around it.
/// </summary>
/// <param name="retries">ReCount.</param>
/// <param name="timeout">OverTime, in timestamp ticks.</param>
/// <param name="capacity">Most packets kept; a new one beyond it pushes out the oldest.</param>
internal sealed class PendingPackets(int retries, long timeout, int capacity)
{
    private const long NotSent = long.MinValue;
    private readonly Dictionary<string, Packet> _byQn = new(StringComparer.Ordinal);
    private readonly LinkedList<Packet> _oldestFirst = new();

    // Deadlines in the order they were set, which is time order; entries of answered or resent packets go stale.
    private readonly Queue<(Packet Packet, long Deadline)> _deadlines = new();

    public int Count => _byQn.Count;

    /// <summary>Adds a produced packet; <paramref name="transmitted"/> when it went out now. Returns how many old ones were pushed out.</summary>
    public int Add(string qn, byte[] frame, long now, bool transmitted)
    {
        var pushedOut = 0;
        while (_byQn.Count >= capacity && _oldestFirst.First is { } oldest)
        {
            Remove(oldest.Value);
            pushedOut++;
        }

        var packet = new Packet(qn, frame, now);
        packet.Node = _oldestFirst.AddLast(packet);
        _byQn.Add(qn, packet);
        if (transmitted)
        {
            Transmitted(packet, now);
        }

        return pushedOut;
    }

    /// <summary>Takes the packet answered by a 9014 with <paramref name="qn"/>; false for an unknown or already answered QN.</summary>
    public bool TryAnswer(string qn, out long producedAt)
    {
        producedAt = 0;
        if (!_byQn.TryGetValue(qn, out var packet))
        {
            return false;
        }

        producedAt = packet.ProducedAt;
        Remove(packet);
        return true;
    }

    /// <summary>
    /// Applies OverTime at <paramref name="now"/>: adds the frames to resend to <paramref name="resend"/>
    /// and returns how many packets ran out of resends.
    /// </summary>
    public int Expire(long now, List<byte[]> resend)
    {
        var rejected = 0;
        while (_deadlines.TryPeek(out var entry) && entry.Deadline <= now)
        {
            _deadlines.Dequeue();
            var packet = entry.Packet;
            if (packet.Node is null || packet.Deadline != entry.Deadline)
            {
                continue; // answered, or resent since
            }

            if (packet.Retries >= retries)
            {
                Remove(packet);
                rejected++;
                continue;
            }

            packet.Retries++;
            Transmitted(packet, now);
            resend.Add(packet.Frame);
        }

        return rejected;
    }

    /// <summary>
    /// After a reconnect: every waiting packet, oldest first, goes out again with a fresh OverTime.
    /// Returns how many of them had gone out before (resends); the rest are first transmissions.
    /// </summary>
    public int TransmitAll(long now, List<byte[]> frames)
    {
        _deadlines.Clear();
        var resent = 0;
        foreach (var packet in _oldestFirst)
        {
            resent += packet.Deadline != NotSent ? 1 : 0;
            Transmitted(packet, now);
            frames.Add(packet.Frame);
        }

        return resent;
    }

    private void Transmitted(Packet packet, long now)
    {
        packet.Deadline = now + timeout;
        _deadlines.Enqueue((packet, packet.Deadline));
    }

    private void Remove(Packet packet)
    {
        _byQn.Remove(packet.Qn);
        _oldestFirst.Remove(packet.Node!);
        packet.Node = null;
    }

    private sealed class Packet(string qn, byte[] frame, long producedAt)
    {
        public string Qn { get; } = qn;

        public byte[] Frame { get; } = frame;

        public long ProducedAt { get; } = producedAt;

        public int Retries { get; set; }

        public long Deadline { get; set; } = NotSent;

        public LinkedListNode<Packet>? Node { get; set; }
    }
}
