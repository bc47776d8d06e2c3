using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Reassembling subpackaged transfers with bounded memory and caller-supplied time.</summary>
public sealed class Hj212ReassemblerTests
{
    [Fact]
    public void Packet_without_subpackets_passes_through()
    {
        var packet = Segments.Parse(StandardExamples.MinuteUpload);

        var result = new Hj212Reassembler().Add(packet, Transfers.T0);

        Assert.Equal(Hj212ReassemblyStatus.NotSubpackaged, result.Status);
        Assert.Same(packet, result.Packet);
    }

    [Fact]
    public void Standard_example_with_a_qn_per_part_is_reassembled()
    {
        var reassembler = new Hj212Reassembler();

        var first = reassembler.Add(Segments.Parse(StandardExamples.HourlyPart1), Transfers.T0);
        var second = reassembler.Add(Segments.Parse(StandardExamples.HourlyPart2), Transfers.T0.AddSeconds(1));

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

        Assert.Equal(Hj212ReassemblyStatus.Pending, reassembler.Add(Transfers.Part("Q1", 3, 3, "c"), Transfers.T0).Status);
        Assert.Equal(Hj212ReassemblyStatus.Pending, reassembler.Add(Transfers.Part("Q1", 3, 1, "a"), Transfers.T0).Status);
        var result = reassembler.Add(Transfers.Part("Q1", 3, 2, "b"), Transfers.T0);

        Assert.Equal(Hj212ReassemblyStatus.Completed, result.Status);
        Assert.Equal(["DataTime", "a-Rtd", "b-Rtd", "c-Rtd"], result.Packet!.Cp.Select(i => i.Key));
    }

    [Fact]
    public void Interleaved_transfers_with_their_own_qn_do_not_mix()
    {
        var reassembler = new Hj212Reassembler();

        reassembler.Add(Transfers.Part("Q1", 2, 1, "a"), Transfers.T0);
        reassembler.Add(Transfers.Part("Q2", 2, 1, "x"), Transfers.T0);
        var second = reassembler.Add(Transfers.Part("Q2", 2, 2, "y"), Transfers.T0);
        var first = reassembler.Add(Transfers.Part("Q1", 2, 2, "b"), Transfers.T0);

        Assert.Equal(["DataTime", "x-Rtd", "y-Rtd"], second.Packet!.Cp.Select(i => i.Key));
        Assert.Equal(["DataTime", "a-Rtd", "b-Rtd"], first.Packet!.Cp.Select(i => i.Key));
    }

    [Fact]
    public void Same_qn_grouping_does_not_join_parts_with_different_qns()
    {
        var reassembler = new Hj212Reassembler(new Hj212ReassemblerOptions { Grouping = Hj212SubpacketGrouping.SameQn });

        reassembler.Add(Segments.Parse(StandardExamples.HourlyPart1), Transfers.T0);
        var result = reassembler.Add(Segments.Parse(StandardExamples.HourlyPart2), Transfers.T0);

        Assert.Equal(Hj212ReassemblyStatus.Pending, result.Status);
        Assert.Equal(2, reassembler.PendingTransfers);
    }

    [Fact]
    public void Repeated_part_is_a_duplicate_and_the_first_is_kept()
    {
        var reassembler = new Hj212Reassembler();

        reassembler.Add(Transfers.Part("Q1", 2, 1, "a"), Transfers.T0);
        var again = reassembler.Add(Transfers.Part("Q1", 2, 1, "changed"), Transfers.T0);
        var done = reassembler.Add(Transfers.Part("Q1", 2, 2, "b"), Transfers.T0);

        Assert.Equal(Hj212ReassemblyStatus.Duplicate, again.Status);
        Assert.Equal(["DataTime", "a-Rtd", "b-Rtd"], done.Packet!.Cp.Select(i => i.Key));
    }

    [Fact]
    public void Parts_of_other_devices_or_commands_are_kept_apart()
    {
        var reassembler = new Hj212Reassembler();

        reassembler.Add(Transfers.Part("Q1", 2, 1, "a"), Transfers.T0);
        var otherDevice = reassembler.Add(Transfers.Part("Q1", 2, 2, "b") with { Mn = "OTHER" }, Transfers.T0);
        var otherCommand = reassembler.Add(Transfers.Part("Q1", 2, 2, "b") with { Cn = "2051" }, Transfers.T0);

        Assert.Equal(Hj212ReassemblyStatus.Pending, otherDevice.Status);
        Assert.Equal(Hj212ReassemblyStatus.Pending, otherCommand.Status);
        Assert.Equal(3, reassembler.PendingTransfers);
    }

    [Fact]
    public void Single_part_transfer_completes_at_once()
    {
        var result = new Hj212Reassembler().Add(Transfers.Part("Q1", 1, 1, "a"), Transfers.T0);

        Assert.Equal(Hj212ReassemblyStatus.Completed, result.Status);
        Assert.Equal(4 | 1, result.Packet!.Flag);
    }
}
