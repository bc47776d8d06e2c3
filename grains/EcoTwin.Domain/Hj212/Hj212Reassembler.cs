namespace EcoTwin.Domain.Hj212;

/// <summary>
/// Collects the parts of subpackaged transfers (PNUM/PNO) and yields each transfer as one packet
/// when all its parts have arrived: the header of part 1 without PNUM/PNO and Flag bit D, and the
/// CP items of all parts in PNO order. Memory is bounded by <see cref="Hj212ReassemblerOptions"/>;
/// time is supplied by the caller. Not thread-safe: use one per connection.
/// </summary>
/// <remarks>
/// Items a later part repeats exactly (same key and value as in an earlier part, typically the
/// DataTime every part carries) are kept once.
/// </remarks>
public sealed class Hj212Reassembler(Hj212ReassemblerOptions? options = null)
{
    private static readonly IReadOnlyList<Hj212IncompleteTransfer> None = [];

    private readonly Hj212ReassemblerOptions _options = options ?? Hj212ReassemblerOptions.Default;
    private readonly List<Hj212PendingTransfer> _pending = [];
    private long _sequence;
    private int _bufferedParts;

    /// <summary>Transfers waiting for parts.</summary>
    public int PendingTransfers => _pending.Count;

    /// <summary>Parts held in memory.</summary>
    public int BufferedParts => _bufferedParts;

    /// <summary>Takes one packet; returns the packet to process now, if any.</summary>
    public Hj212ReassemblyResult Add(Hj212Packet packet, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(packet);
        if (packet.Pnum is not int pnum || packet.Pno is not int pno)
        {
            return new Hj212ReassemblyResult(Hj212ReassemblyStatus.NotSubpackaged, packet, null, None);
        }

        var maxPnum = Math.Min(_options.MaxPnum, Math.Max(1, _options.MaxBufferedParts));
        if (pnum > maxPnum || pno > pnum || pno < 1)
        {
            var reason = pnum > maxPnum ? $"PNUM={pnum} exceeds the limit of {maxPnum}" : $"PNO={pno} is outside 1..PNUM={pnum}";
            return new Hj212ReassemblyResult(Hj212ReassemblyStatus.Rejected, null, reason, None);
        }

        var transfer = Find(packet, pnum, pno);
        if (transfer is not null && transfer.Parts.ContainsKey(pno))
        {
            return new Hj212ReassemblyResult(Hj212ReassemblyStatus.Duplicate, null, null, None);
        }

        var dropped = new List<Hj212IncompleteTransfer>();
        if (transfer is null)
        {
            while (_pending.Count > 0 && _pending.Count >= Math.Max(1, _options.MaxPendingTransfers))
            {
                Drop(Oldest(except: null), expired: false, dropped);
            }

            transfer = new Hj212PendingTransfer(packet, pnum, ++_sequence);
            _pending.Add(transfer);
        }

        while (_bufferedParts >= _options.MaxBufferedParts && Oldest(except: transfer) is { } oldest)
        {
            Drop(oldest, expired: false, dropped);
        }

        transfer.Add(packet, pno, now);
        _bufferedParts++;
        if (transfer.Parts.Count < pnum)
        {
            return new Hj212ReassemblyResult(Hj212ReassemblyStatus.Pending, null, null, Listed(dropped));
        }

        Remove(transfer);
        return new Hj212ReassemblyResult(Hj212ReassemblyStatus.Completed, transfer.Merge(), null, Listed(dropped));
    }

    /// <summary>Drops the transfers with no new part for longer than the timeout and returns them.</summary>
    public IReadOnlyList<Hj212IncompleteTransfer> Expire(DateTimeOffset now)
    {
        var expired = new List<Hj212IncompleteTransfer>();
        foreach (var transfer in _pending.ToArray())
        {
            if (now - transfer.LastSeen >= _options.Timeout)
            {
                Drop(transfer, expired: true, expired);
            }
        }

        return Listed(expired);
    }

    private Hj212PendingTransfer? Find(Hj212Packet packet, int pnum, int pno)
    {
        Hj212PendingTransfer? sequel = null;
        foreach (var transfer in _pending)
        {
            if (!transfer.SameKey(packet, pnum))
            {
                continue;
            }

            if (transfer.HasQn(packet.EffectiveQn))
            {
                return transfer;
            }

            if (_options.Grouping == Hj212SubpacketGrouping.SameQnOrSequence && transfer.MaxPno < pno
                && (sequel is null || transfer.Sequence > sequel.Sequence))
            {
                sequel = transfer;
            }
        }

        return sequel;
    }

    private Hj212PendingTransfer? Oldest(Hj212PendingTransfer? except) =>
        _pending.Where(t => t != except).MinBy(t => t.Sequence);

    private void Drop(Hj212PendingTransfer? transfer, bool expired, List<Hj212IncompleteTransfer> into)
    {
        if (transfer is not null)
        {
            Remove(transfer);
            into.Add(transfer.ToIncomplete(expired));
        }
    }

    private void Remove(Hj212PendingTransfer transfer)
    {
        _pending.Remove(transfer);
        _bufferedParts -= transfer.Parts.Count;
    }

    private static IReadOnlyList<Hj212IncompleteTransfer> Listed(List<Hj212IncompleteTransfer> list) => list.Count == 0 ? None : list;
}
