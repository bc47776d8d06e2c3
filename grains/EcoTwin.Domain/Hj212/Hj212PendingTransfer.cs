namespace EcoTwin.Domain.Hj212;

/// <summary>The parts of one subpackaged transfer received so far.</summary>
internal sealed class Hj212PendingTransfer(Hj212Packet first, int pnum, long sequence)
{
    private readonly HashSet<string?> _qns = [];

    public SortedDictionary<int, Hj212Packet> Parts { get; } = [];

    public long Sequence { get; } = sequence;

    public DateTimeOffset LastSeen { get; private set; }

    public int MaxPno => Parts.Count == 0 ? 0 : Parts.Keys.Max();

    public bool SameKey(Hj212Packet packet, int packetPnum) =>
        packetPnum == pnum && packet.Mn == first.Mn && packet.St == first.St && packet.Cn == first.Cn;

    public bool HasQn(string? qn) => _qns.Contains(qn);

    public void Add(Hj212Packet packet, int pno, DateTimeOffset now)
    {
        Parts.Add(pno, packet);
        _qns.Add(packet.EffectiveQn);
        LastSeen = now;
    }

    /// <summary>Part 1's header without PNUM, PNO and bit D; CP items in PNO order, exact repeats of earlier parts' items dropped.</summary>
    public Hj212Packet Merge()
    {
        var head = Parts[1];
        var items = new List<Hj212CpItem>();
        var earlier = new HashSet<Hj212CpItem>();
        foreach (var part in Parts.Values)
        {
            items.AddRange(part.Cp.Where(item => !earlier.Contains(item)));
            earlier.UnionWith(part.Cp);
        }

        return head with { Flag = head.Flag & ~2, Pnum = null, Pno = null, Cp = items };
    }

    public Hj212IncompleteTransfer ToIncomplete(bool expired) =>
        new(first.Mn, first.Cn, first.EffectiveQn, pnum, [.. Parts.Keys], expired);
}
