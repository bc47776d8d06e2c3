using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>The reassembler's bounds: expiry by the caller's time, eviction, buffered parts and PNUM.</summary>
public sealed class Hj212ReassemblerLimitTests
{
    [Fact]
    public void Stale_transfer_expires_at_the_timeout_and_is_reported()
    {
        var reassembler = new Hj212Reassembler(new Hj212ReassemblerOptions { Timeout = TimeSpan.FromMinutes(5) });
        reassembler.Add(Transfers.Part("Q1", 3, 1, "a"), Transfers.T0);
        reassembler.Add(Transfers.Part("Q1", 3, 3, "c"), Transfers.T0.AddMinutes(1));

        Assert.Empty(reassembler.Expire(Transfers.T0.AddMinutes(5)));
        var expired = reassembler.Expire(Transfers.T0.AddMinutes(6));

        var transfer = Assert.Single(expired);
        Assert.Equal(("MN1", "2061", "Q1", 3, true), (transfer.Mn, transfer.Cn, transfer.Qn, transfer.Pnum, transfer.Expired));
        Assert.Equal([1, 3], transfer.ReceivedPnos);
        Assert.Equal(0, reassembler.PendingTransfers);
    }

    [Fact]
    public void Oldest_transfer_is_evicted_beyond_the_pending_limit()
    {
        var reassembler = new Hj212Reassembler(new Hj212ReassemblerOptions { MaxPendingTransfers = 2 });
        reassembler.Add(Transfers.Part("Q1", 2, 1, "a"), Transfers.T0);
        reassembler.Add(Transfers.Part("Q2", 2, 1, "a"), Transfers.T0);

        var result = reassembler.Add(Transfers.Part("Q3", 2, 1, "a"), Transfers.T0);

        Assert.Equal("Q1", Assert.Single(result.Dropped).Qn);
        Assert.False(result.Dropped[0].Expired);
        Assert.Equal(2, reassembler.PendingTransfers);
    }

    [Fact]
    public void Buffered_parts_never_exceed_the_limit()
    {
        var reassembler = new Hj212Reassembler(new Hj212ReassemblerOptions { MaxBufferedParts = 10, MaxPnum = 10 });
        var dropped = 0;
        for (var i = 0; i < 100; i++)
        {
            dropped += reassembler.Add(Transfers.Part($"Q{i}", 10, 1 + (i % 9), "a"), Transfers.T0).Dropped.Count;
            Assert.InRange(reassembler.BufferedParts, 0, 10);
        }

        Assert.True(dropped > 0);
    }

    [Fact]
    public void Pnum_above_the_limit_is_rejected()
    {
        var result = new Hj212Reassembler(new Hj212ReassemblerOptions { MaxPnum = 5 }).Add(Transfers.Part("Q1", 6, 1, "a"), Transfers.T0);

        Assert.Equal(Hj212ReassemblyStatus.Rejected, result.Status);
        Assert.Equal("PNUM=6 exceeds the limit of 5", result.Reason);
    }
}
