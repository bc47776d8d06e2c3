using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>The standard's own examples (appendices A and C) parse to the fields they describe.</summary>
public sealed class Hj212StandardExampleTests
{
    [Fact]
    public void Crc_example_segment_parses_to_its_fields()
    {
        var packet = Segments.Parse(StandardExamples.CrcSegment);

        Assert.Equal("20160801085857223", packet.Qn);
        Assert.Equal("32", packet.St);
        Assert.Equal("1062", packet.Cn);
        Assert.Equal("100000", packet.Pw);
        Assert.Equal(StandardExamples.Mn, packet.Mn);
        Assert.Equal(5, packet.Flag);
        Assert.Equal([new Hj212CpItem("RtdInterval", "30")], packet.Cp);
    }

    [Fact]
    public void Crc_example_frame_decodes_with_crc_ok()
    {
        var result = Hj212Parser.ParseFrame(StandardExamples.CrcFrame);

        Assert.True(result.IsOk, result.Error?.ToString());
        Assert.True(result.CrcOk);
        Assert.Equal(Hj212Parser.Parse(Bytes.Of(StandardExamples.CrcSegment)).Packet, result.Packet);
    }

    [Fact]
    public void Crc_example_frame_is_read_by_the_framer_with_crc_ok()
    {
        var result = Hj212Framer.ReadFrame(Bytes.Of(StandardExamples.CrcFrame));

        Assert.Equal(Hj212FrameKind.Frame, result.Kind);
        Assert.True(result.CrcOk);
        Assert.Equal(StandardExamples.CrcSegment, Bytes.Text(result.Segment));
    }

    [Fact]
    public void Flag_5_means_2017_with_ack_and_no_subpackets()
    {
        var packet = Segments.Parse(StandardExamples.SetRealTimeInterval);

        Assert.Equal(Hj212Edition.Hj2017, packet.Edition);
        Assert.Equal(1, packet.ProtocolVersion);
        Assert.True(packet.AckRequested);
        Assert.False(packet.SubpacketFlag);
        Assert.False(packet.IsSubpackaged);
        Assert.Null(packet.Pnum);
        Assert.Null(packet.Pno);
    }

    [Fact]
    public void Real_time_upload_of_table_C14_parses_items_in_order_and_by_factor()
    {
        var packet = Segments.Parse(StandardExamples.RealTimeUpload);

        Assert.Equal("2011", packet.Cn);
        Assert.Equal(new DateTime(2016, 8, 1, 8, 58, 57), packet.DataTime);
        Assert.Equal(
            ["DataTime", "w01001-Rtd", "w01001-Flag", "w01018-SampleTime", "w01018-Rtd", "w01018-Flag", "w01018-EFlag"],
            packet.Cp.Select(i => i.Key));
        var factors = packet.GetFactors();
        Assert.Equal(["w01001", "w01018"], factors.Select(f => f.Code));
        Assert.Equal(7.1m, factors[0].Rtd);
        Assert.Equal("N", factors[0].Flag);
        Assert.Equal(2.2m, factors[1].Rtd);
        Assert.Equal("A01", factors[1].Get("EFlag"));
        Assert.Equal("20160801070000", factors[1].Get("SampleTime"));
    }

    [Fact]
    public void Minute_upload_of_table_C16_gives_cou_min_avg_max_and_flag()
    {
        var packet = Segments.Parse(StandardExamples.MinuteUpload);

        Assert.Equal(new DateTime(2016, 8, 1, 8, 40, 0), packet.DataTime);
        var flow = packet.GetFactors().Single(f => f.Code == "w00000");
        Assert.Equal(10.5m, flow.Cou);
        Assert.Equal(16.4m, flow.Min);
        Assert.Equal(17.5m, flow.Avg);
        Assert.Equal(20.1m, flow.Max);
        Assert.Equal("N", flow.Flag);
        Assert.Equal(3, packet.GetFactors().Count);
    }

    [Fact]
    public void Noise_upload_of_table_C26_groups_levels_as_factors()
    {
        var packet = Segments.Parse(StandardExamples.NoiseMinuteUpload);

        Assert.Equal("23", packet.St);
        Assert.Equal(["L5", "L10", "L50", "L90", "L95", "Leq", "LMx", "LMn"], packet.GetFactors().Select(f => f.Code));
        Assert.Equal(50.0m, packet.GetFactors().Single(f => f.Code == "Leq").GetDecimal("Data"));
    }

    [Theory]
    [InlineData(StandardExamples.SetTimeoutRequest, "1000", "OverTime", "5")]
    [InlineData(StandardExamples.RequestResponse, "9011", "QnRtn", "1")]
    [InlineData(StandardExamples.ExecutionResult, "9012", "ExeRtn", "1")]
    [InlineData(StandardExamples.SetSystemTime, "1012", "SystemTime", "20160801085857")]
    public void Command_examples_of_appendix_C_parse(string segment, string cn, string key, string value)
    {
        var packet = Segments.Parse(segment);

        Assert.Equal(cn, packet.Cn);
        Assert.Equal(value, packet.GetValue(key));
        Assert.Null(packet.DataTime);
    }
}
