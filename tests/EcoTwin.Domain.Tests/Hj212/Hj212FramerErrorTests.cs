using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Malformed frames: the exact error, how far it reaches, and that reading resumes after it.</summary>
public sealed class Hj212FramerErrorTests
{
    private static readonly byte[] Good = Bytes.Of(StandardExamples.CrcFrame);

    [Theory]
    [InlineData("##01x1", "header", 6)]
    [InlineData("##x", "header", 3)]
    [InlineData("##\r\nmore", "header", 4)]
    [InlineData("##9999", "oversize", 6)]
    public void Malformed_header_is_an_error_without_waiting(string bytes, string code, int consumed)
    {
        var result = Hj212Framer.ReadFrame(Bytes.Of(bytes));

        Assert.Equal(Hj212FrameKind.Error, result.Kind);
        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(consumed, result.Consumed);
    }

    [Fact]
    public void Length_too_long_is_reported_at_the_crlf_without_waiting_for_more_data()
    {
        var frame = "##0150" + StandardExamples.CrcSegment + "1C80\r\n";

        var result = Hj212Framer.ReadFrame(Bytes.Of(frame));

        Assert.Equal(Hj212FrameKind.Error, result.Kind);
        Assert.Equal("length: declared length 0150, but the data segment before the CRC is 101 bytes", result.Error?.ToString());
        Assert.Equal(frame.Length, result.Consumed);
    }

    [Fact]
    public void Length_too_short_is_a_length_error_reaching_past_the_real_crlf()
    {
        var frame = "##0090" + StandardExamples.CrcSegment + "1C80\r\n";

        var result = Hj212Framer.ReadFrame(Bytes.Of(frame));

        Assert.Equal("length: declared length 0090, but the data segment before the CRC is 101 bytes", result.Error?.ToString());
        Assert.Equal(frame.Length, result.Consumed);
    }

    [Fact]
    public void Three_digit_crc_after_a_correct_length_is_a_crc_error()
    {
        var frame = "##0101" + StandardExamples.CrcSegment + "C80\r\n";

        var result = Hj212Framer.ReadFrame(Bytes.Of(frame));

        Assert.Equal("crc: expected 4 hex digits and CRLF after the data segment, found 'C80\\x0D\\x0A'", result.Error?.ToString());
        Assert.Equal(frame.Length, result.Consumed);
    }

    [Fact]
    public void Non_hex_crc_is_a_crc_error_covering_the_frame()
    {
        var frame = "##0101" + StandardExamples.CrcSegment + "1G80\r\n";

        var result = Hj212Framer.ReadFrame(Bytes.Of(frame));

        Assert.Equal("crc: the CRC field '1G80' is not 4 hex digits", result.Error?.ToString());
        Assert.Equal(frame.Length, result.Consumed);
    }

    [Fact]
    public void Error_stops_at_the_next_frame_start_so_it_is_kept()
    {
        var cut = "##0101" + StandardExamples.CrcSegment[..40];
        var stream = Bytes.Concat(Bytes.Of(cut), Good);

        var (events, junk) = FrameStream.Read(stream);

        Assert.Equal([Hj212FrameKind.Error, Hj212FrameKind.Frame], events.Select(e => e.Kind));
        Assert.Equal(cut, events[0].Text);
        Assert.Equal(StandardExamples.CrcSegment, events[1].Text);
        Assert.Equal(0, junk);
    }

    [Fact]
    public void Cut_frame_whose_length_reaches_exactly_the_next_frames_crlf_does_not_swallow_it()
    {
        // 49 bytes of a frame declaring 150: the next 113-byte frame's CRLF sits exactly where the
        // cut frame's CRLF should be, so only the frame header inside reveals the cut.
        var cut = Hj212Encoder.Frame(Bytes.Of("QN=20240315103000123;ST=22;CN=2011;PW=1;MN=A;Flag=4;CP=&&x-Info=" + new string('9', 84) + "&&"))[..49];
        Assert.Equal("##0150", Bytes.Text(new(cut[..6])));

        var (events, _) = FrameStream.Read(Bytes.Concat(cut, Good));

        Assert.Equal(["truncated", null], events.Select(e => e.ErrorCode));
        Assert.Equal(49, events[0].Text.Length);
        Assert.Equal(StandardExamples.CrcSegment, events[1].Text);
    }

    [Fact]
    public void Oversize_frame_is_rejected_and_the_next_frame_is_read()
    {
        var big = Hj212Encoder.Frame(Bytes.Of("QN=20240315103000123;ST=22;CN=2011;PW=1;MN=A;Flag=4;CP=&&x-Info=" + new string('9', 5000) + "&&"));

        var (events, junk) = FrameStream.Read(Bytes.Concat(big, Good));

        Assert.Equal(["oversize", null], events.Select(e => e.ErrorCode));
        Assert.Equal(StandardExamples.CrcSegment, events[1].Text);
        Assert.Equal(big.Length, events[0].Text.Length + junk);
    }
}
