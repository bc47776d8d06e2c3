using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Reassembling subpackaged transfers with bounded memory and caller-supplied time.</summary>
public sealed class Hj212ReassemblerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 15, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Packet_without_subpackets_passes_through()
    {
        var packet = Parse(StandardExamples.MinuteUpload);

        var result = new Hj212Reassembler().Add(packet, T0);

        Assert.Equal(Hj212ReassemblyStatus.NotSubpackaged, result.Status);
        Assert.Same(packet, result.Packet);
    }

    [Fact]
    public void Standard_example_with_a_qn_per_part_is_reassembled()
    {
        var reassembler = new Hj212Reassembler();

        var first = reassembler.Add(Parse(StandardExamples.HourlyPart1), T0);
        var second = reassembler.Add(Parse(StandardExamples.HourlyPart2), T0.AddSeconds(1));

        Assert.Equal(Hj212ReassemblyStatus.Pending, first.Status);
        Assert.Equal(Hj212ReassemblyStatus.Completed, second.Status);
        var whole = second.Packet!;
        Assert.Equal("20160801085857534", whole.Qn);
        Assert.Equal(5, whole.Flag);
        Assert.Null(whole.Pnum);
        Assert.Null(whole.Pno);
        Assert.Equal(["w00000", "w01001", "w01018"], whole.GetFactors().Select(f => f.Code));
        Assert.Single(whole.Cp, i => i.Key == "DataTime");
        Assert.Equal(0, reassembler.PendingTransfers);
        Assert.Equal(0, reassembler.BufferedParts);
    }

    [Fact]
    public void Parts_with_one_qn_arriving_out_of_order_are_concatenated_in_pno_order()
    {
        var reassembler = new Hj212Reassembler();

        Assert.Equal(Hj212ReassemblyStatus.Pending, reassembler.Add(Part("Q1", 3, 3, "c"), T0).Status);
        Assert.Equal(Hj212ReassemblyStatus.Pending, reassembler.Add(Part("Q1", 3, 1, "a"), T0).Status);
        var result = reassembler.Add(Part("Q1", 3, 2, "b"), T0);

        Assert.Equal(Hj212ReassemblyStatus.Completed, result.Status);
        Assert.Equal(["DataTime", "a-Rtd", "b-Rtd", "c-Rtd"], result.Packet!.Cp.Select(i => i.Key));
    }

    [Fact]
    public void Interleaved_transfers_with_their_own_qn_do_not_mix()
    {
        var reassembler = new Hj212Reassembler();

        reassembler.Add(Part("Q1", 2, 1, "a"), T0);
        reassembler.Add(Part("Q2", 2, 1, "x"), T0);
        var second = reassembler.Add(Part("Q2", 2, 2, "y"), T0);
        var first = reassembler.Add(Part("Q1", 2, 2, "b"), T0);

        Assert.Equal(["DataTime", "x-Rtd", "y-Rtd"], second.Packet!.Cp.Select(i => i.Key));
        Assert.Equal(["DataTime", "a-Rtd", "b-Rtd"], first.Packet!.Cp.Select(i => i.Key));
    }

    [Fact]
    public void Same_qn_grouping_does_not_join_parts_with_different_qns()
    {
        var reassembler = new Hj212Reassembler(new Hj212ReassemblerOptions { Grouping = Hj212SubpacketGrouping.SameQn });

        reassembler.Add(Parse(StandardExamples.HourlyPart1), T0);
        var result = reassembler.Add(Parse(StandardExamples.HourlyPart2), T0);

        Assert.Equal(Hj212ReassemblyStatus.Pending, result.Status);
        Assert.Equal(2, reassembler.PendingTransfers);
    }

    [Fact]
    public void Repeated_part_is_a_duplicate_and_the_first_is_kept()
    {
        var reassembler = new Hj212Reassembler();

        reassembler.Add(Part("Q1", 2, 1, "a"), T0);
        var again = reassembler.Add(Part("Q1", 2, 1, "changed"), T0);
        var done = reassembler.Add(Part("Q1", 2, 2, "b"), T0);

        Assert.Equal(Hj212ReassemblyStatus.Duplicate, again.Status);
        Assert.Equal(["DataTime", "a-Rtd", "b-Rtd"], done.Packet!.Cp.Select(i => i.Key));
    }

    [Fact]
    public void Parts_of_other_devices_or_commands_are_kept_apart()
    {
        var reassembler = new Hj212Reassembler();

        reassembler.Add(Part("Q1", 2, 1, "a"), T0);
        var otherDevice = reassembler.Add(Part("Q1", 2, 2, "b") with { Mn = "OTHER" }, T0);
        var otherCommand = reassembler.Add(Part("Q1", 2, 2, "b") with { Cn = "2051" }, T0);

        Assert.Equal(Hj212ReassemblyStatus.Pending, otherDevice.Status);
        Assert.Equal(Hj212ReassemblyStatus.Pending, otherCommand.Status);
        Assert.Equal(3, reassembler.PendingTransfers);
    }

    [Fact]
    public void Single_part_transfer_completes_at_once()
    {
        var result = new Hj212Reassembler().Add(Part("Q1", 1, 1, "a"), T0);

        Assert.Equal(Hj212ReassemblyStatus.Completed, result.Status);
        Assert.Equal(4 | 1, result.Packet!.Flag);
    }

    [Fact]
    public void Stale_transfer_expires_at_the_timeout_and_is_reported()
    {
        var reassembler = new Hj212Reassembler(new Hj212ReassemblerOptions { Timeout = TimeSpan.FromMinutes(5) });
        reassembler.Add(Part("Q1", 3, 1, "a"), T0);
        reassembler.Add(Part("Q1", 3, 3, "c"), T0.AddMinutes(1));

        Assert.Empty(reassembler.Expire(T0.AddMinutes(5)));
        var expired = reassembler.Expire(T0.AddMinutes(6));

        var transfer = Assert.Single(expired);
        Assert.Equal(("MN1", "2061", "Q1", 3, true), (transfer.Mn, transfer.Cn, transfer.Qn, transfer.Pnum, transfer.Expired));
        Assert.Equal([1, 3], transfer.ReceivedPnos);
        Assert.Equal(0, reassembler.PendingTransfers);
    }

    [Fact]
    public void Oldest_transfer_is_evicted_beyond_the_pending_limit()
    {
        var reassembler = new Hj212Reassembler(new Hj212ReassemblerOptions { MaxPendingGroups = 2 });
        reassembler.Add(Part("Q1", 2, 1, "a"), T0);
        reassembler.Add(Part("Q2", 2, 1, "a"), T0);

        var result = reassembler.Add(Part("Q3", 2, 1, "a"), T0);

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
            dropped += reassembler.Add(Part($"Q{i}", 10, 1 + (i % 9), "a"), T0).Dropped.Count;
            Assert.InRange(reassembler.BufferedParts, 0, 10);
        }

        Assert.True(dropped > 0);
    }

    [Fact]
    public void Pnum_above_the_limit_is_rejected()
    {
        var result = new Hj212Reassembler(new Hj212ReassemblerOptions { MaxPnum = 5 }).Add(Part("Q1", 6, 1, "a"), T0);

        Assert.Equal(Hj212ReassemblyStatus.Rejected, result.Status);
        Assert.Equal("PNUM=6 exceeds the limit of 5", result.Reason);
    }

    private static Hj212Packet Part(string qn, int pnum, int pno, string factor) => new()
    {
        Qn = qn,
        St = "32",
        Cn = "2061",
        Pw = "123456",
        Mn = "MN1",
        Flag = 7,
        Pnum = pnum,
        Pno = pno,
        Cp = [new("DataTime", "20240315100000"), new($"{factor}-Rtd", "1")],
    };

    private static Hj212Packet Parse(string segment) => Hj212Parser.Parse(Bytes.Of(segment)).Packet!;
}
