using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Encoding packets and building what the platform (and the simulator) sends.</summary>
public sealed class Hj212EncoderTests
{
    [Fact]
    public void Frame_of_the_standard_segment_is_the_standard_frame()
    {
        Assert.Equal(Bytes.Of(StandardExamples.CrcFrame), Hj212Encoder.Frame(Bytes.Of(StandardExamples.CrcSegment)));
    }

    [Fact]
    public void Parsed_standard_packet_encodes_back_to_the_same_frame()
    {
        var packet = Hj212Parser.ParseFrame(StandardExamples.CrcFrame).Packet!;

        Assert.Equal(StandardExamples.CrcFrame, Hj212Encoder.EncodeFrameText(packet));
    }

    [Theory]
    [InlineData(StandardExamples.RealTimeUpload)]
    [InlineData(StandardExamples.MinuteUpload)]
    [InlineData(StandardExamples.HourlyPart1)]
    [InlineData(StandardExamples.NoiseMinuteUpload)]
    [InlineData(StandardExamples.LogUpload)]
    public void Standard_segments_re_encode_byte_for_byte(string segment)
    {
        var packet = Hj212Parser.Parse(Bytes.Of(segment)).Packet!;

        Assert.Equal(segment, Hj212Encoder.EncodeSegment(packet));
    }

    [Fact]
    public void Header_is_written_in_the_standard_order_whatever_order_was_read()
    {
        var packet = Hj212Parser.Parse(Bytes.Of("MN=AQ1;PNO=1;Flag=7;PW=1;CN=2011;ST=22;PNUM=2;QN=20240315103000123;CP=&&&&")).Packet!;

        Assert.Equal("QN=20240315103000123;ST=22;CN=2011;PW=1;MN=AQ1;Flag=7;PNUM=2;PNO=1;CP=&&&&", Hj212Encoder.EncodeSegment(packet));
    }

    [Theory]
    [InlineData("a-Rtd", "1;2")]
    [InlineData("a-Rtd", "1,2")]
    [InlineData("a-Rtd", "1&2")]
    [InlineData("a-Rtd", "x\r\ny")]
    [InlineData("a Rtd", "1")]
    [InlineData("a=Rtd", "1")]
    [InlineData("", "1")]
    public void Items_the_parser_would_read_differently_are_refused(string key, string value)
    {
        var packet = new Hj212Packet { Qn = "20240315103000123", St = "22", Cn = "2011", Pw = "1", Mn = "A", Flag = 4, Cp = [new(key, value)] };

        Assert.Throws<ArgumentException>(() => Hj212Encoder.EncodeSegment(packet));
    }

    [Theory]
    [InlineData("##0101", "1")]
    [InlineData("a-Info", "x##0101")]
    public void Frame_header_inside_the_segment_is_refused(string key, string value)
    {
        var packet = new Hj212Packet { Qn = "20240315103000123", St = "22", Cn = "2011", Pw = "1", Mn = "A", Flag = 4, Cp = [new(key, value)] };

        Assert.Throws<ArgumentException>(() => Hj212Encoder.EncodeFrame(packet));
    }

    [Fact]
    public void Invalid_header_is_refused_with_the_parsers_reason()
    {
        var packet = new Hj212Packet { Qn = "1", St = "22", Cn = "2011", Pw = "1", Mn = "A", Flag = 4 };

        var error = Assert.Throws<ArgumentException>(() => Hj212Encoder.EncodeSegment(packet));
        Assert.Contains("field: QN '1' must be 13 to 20 digits", error.Message);
    }

    [Fact]
    public void Segment_too_long_for_the_length_field_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Hj212Encoder.Frame(new byte[10000]));
    }
}
