using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Decoding one whole frame line, as <c>ecotwin hj212 decode</c> does.</summary>
public sealed class Hj212ParseFrameTests
{
    private const string Segment = StandardExamples.CrcSegment;

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("")]
    public void Final_crlf_is_optional(string ending)
    {
        var result = Hj212Parser.ParseFrame("##0101" + Segment + "1C80" + ending);

        Assert.True(result.IsOk, result.Error?.ToString());
        Assert.Equal((ushort)0x1C80, result.CrcReceived);
    }

    [Fact]
    public void Lower_case_crc_is_accepted()
    {
        Assert.True(Hj212Parser.ParseFrame("##0101" + Segment + "1c80\r\n").IsOk);
    }

    [Fact]
    public void Wrong_crc_is_not_ok_and_says_expected_and_got_but_still_shows_the_packet()
    {
        var result = Hj212Parser.ParseFrame("##0101" + Segment + "1C81\r\n");

        Assert.False(result.IsOk);
        Assert.False(result.CrcOk);
        Assert.Equal("crc: expected 1C80, got 1C81", result.Error.ToString());
        Assert.Equal(Hj212CrcCheck.Mismatch, result.CrcCheck);
        Assert.Equal("1062", result.Packet?.Cn);
    }

    [Fact]
    public void Swapped_modbus_crc_is_rejected_by_default()
    {
        var result = Hj212Parser.ParseFrame("##0101" + Segment + "5907\r\n");

        Assert.Equal("crc: expected 1C80, got 5907", result.Error?.ToString());
        Assert.Equal(Hj212CrcCheck.SwappedModbus, result.CrcCheck);
    }

    [Fact]
    public void Swapped_modbus_crc_is_accepted_only_with_the_device_policy_and_stays_visible()
    {
        var lenient = new Hj212Options { CrcPolicy = Hj212CrcPolicy.AcceptSwappedModbus };

        var result = Hj212Parser.ParseFrame("##0101" + Segment + "5907\r\n", lenient);

        Assert.True(result.IsOk);
        Assert.False(result.CrcOk);
        Assert.Equal(Hj212CrcCheck.SwappedModbus, result.CrcCheck);
    }

    [Theory]
    [InlineData("0101" + Segment + "1C80", "header: a frame must start with '##'")]
    [InlineData("#0101" + Segment + "1C80", "header: a frame must start with '##'")]
    [InlineData("##01a1" + Segment + "1C80", "header: the length field '01a1' is not 4 decimal digits")]
    [InlineData("##010", "truncated: the frame ends inside the 4-digit length field")]
    [InlineData("##0100" + Segment + "1C80", "length: declared length 0100, but 101 bytes precede the CRC")]
    [InlineData("##0102" + Segment + "1C80", "length: declared length 0102, but 101 bytes precede the CRC")]
    [InlineData("##0101QN=20160801085857223;ST=32", "truncated: the frame declares 101 bytes of data segment and 4 of CRC, but only 26 follow")]
    [InlineData("##0101" + Segment + "1C8", "truncated: the frame declares 101 bytes of data segment and 4 of CRC, but only 104 follow")]
    [InlineData("##0100" + Segment + "C80", "crc: the CRC field '&C80' is not 4 hex digits")]
    [InlineData("##5000" + Segment + "1C80", "oversize: the declared data segment of 5000 bytes exceeds the limit of 4096")]
    public void Malformed_frame_gives_the_exact_reason(string frame, string error)
    {
        var result = Hj212Parser.ParseFrame(frame + "\r\n");

        Assert.False(result.IsOk);
        Assert.Equal(error, result.Error.ToString());
    }

    [Fact]
    public void Good_frame_with_a_bad_segment_reports_the_segment_error()
    {
        const string segment = "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=2016&&";
        var frame = Hj212Encoder.Frame(Bytes.Of(segment));

        var result = Hj212Parser.ParseFrame(frame);

        Assert.True(result.CrcOk);
        Assert.Equal(Hj212ErrorCodes.Date, result.Error?.Code);
        Assert.Null(result.Packet);
    }

    [Fact]
    public void Decode_gives_everything_the_cli_prints()
    {
        var result = Hj212Parser.ParseFrame(Hj212Encoder.Frame(Bytes.Of(StandardExamples.MinuteUpload)));

        Assert.True(result.IsOk);
        Assert.True(result.CrcOk);
        var p = result.Packet;
        Assert.Equal(("20160801085000001", "32", "2051", "123456", StandardExamples.Mn), (p.Qn, p.St, p.Cn, p.Pw, p.Mn));
        Assert.Equal(5, p.Flag);
        Assert.Null(p.Pnum);
        Assert.Null(p.Pno);
        Assert.Equal("2016-08-01T08:40:00", p.DataTime?.ToString("s"));
        Assert.Equal("17.5", p.GetValue("w00000-Avg"));
    }
}
