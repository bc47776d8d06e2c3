using System.Buffers;
using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>The framer on one buffer: frames, junk, errors and where it resumes.</summary>
public sealed class Hj212FramerTests
{
    private static readonly byte[] Good = Bytes.Of(StandardExamples.CrcFrame);

    [Fact]
    public void Whole_frame_is_found_with_segment_crc_and_consumed()
    {
        var result = Hj212Framer.ReadFrame(Good);

        Assert.Equal(Hj212FrameKind.Frame, result.Kind);
        Assert.Equal(Good.Length, result.Consumed);
        Assert.Equal(0, result.JunkSkipped);
        Assert.Equal(StandardExamples.CrcSegment, Bytes.Text(result.Segment));
        Assert.Equal(StandardExamples.CrcFrame, Bytes.Text(result.Raw));
        Assert.True(result.CrcOk);
        Assert.Equal((ushort)0x1C80, result.CrcComputed);
    }

    [Fact]
    public void Every_proper_prefix_of_a_frame_needs_more_data_without_consuming()
    {
        for (var length = 0; length < Good.Length; length++)
        {
            var result = Hj212Framer.ReadFrame(Good.AsMemory(0, length));

            Assert.Equal(Hj212FrameKind.NeedMoreData, result.Kind);
            Assert.Equal(0, result.Consumed);
        }
    }

    [Fact]
    public void Junk_before_the_frame_is_skipped_and_counted()
    {
        var result = Hj212Framer.ReadFrame(Bytes.Concat(Bytes.Of("xx#y\r\n"), Good));

        Assert.Equal(Hj212FrameKind.Frame, result.Kind);
        Assert.Equal(6, result.JunkSkipped);
        Assert.Equal(6 + Good.Length, result.Consumed);
    }

    [Fact]
    public void Junk_without_a_frame_is_consumed_except_a_final_hash()
    {
        var result = Hj212Framer.ReadFrame(Bytes.Of("GET / HTTP/1.1\r\n#"));

        Assert.Equal(Hj212FrameKind.NeedMoreData, result.Kind);
        Assert.Equal(16, result.Consumed);
        Assert.Equal(16, result.JunkSkipped);
    }

    [Theory]
    [InlineData(new[] { "ab", "#" }, 2)]
    [InlineData(new[] { "a#", "" }, 1)]
    [InlineData(new[] { "x", "", "#" }, 1)]
    [InlineData(new[] { "#", "x" }, 2)]
    public void Junk_in_several_segments_keeps_only_a_final_hash(string[] chunks, long consumed)
    {
        var result = Hj212Framer.ReadFrame(Bytes.Sequence([.. chunks.Select(c => (ReadOnlyMemory<byte>)Bytes.Of(c))]));

        Assert.Equal(Hj212FrameKind.NeedMoreData, result.Kind);
        Assert.Equal(consumed, result.Consumed);
    }

    [Fact]
    public void In_a_run_of_hashes_the_last_two_start_the_frame()
    {
        var result = Hj212Framer.ReadFrame(Bytes.Concat(Bytes.Of("####"), Good));

        Assert.Equal(Hj212FrameKind.Frame, result.Kind);
        Assert.Equal(4, result.JunkSkipped);
    }

    [Fact]
    public void Hashes_inside_a_segment_are_fine_unless_they_form_a_frame_header()
    {
        var frame = Hj212Encoder.Frame(Bytes.Of("QN=20240315103000123;ST=32;CN=3020;PW=a##b;MN=A;Flag=4;CP=&&i11001-Info=//##泵 #1//&&"));

        var result = Hj212Framer.ReadFrame(frame);

        Assert.Equal(Hj212FrameKind.Frame, result.Kind);
        Assert.True(Hj212Parser.Parse(result.Segment.ToArray()).IsOk);
    }

    [Fact]
    public void Bad_crc_is_a_frame_with_a_mismatch_and_the_exact_message()
    {
        var result = Hj212Framer.ReadFrame(Bytes.Of("##0101" + StandardExamples.CrcSegment + "1c81\r\n"));

        Assert.Equal(Hj212FrameKind.Frame, result.Kind);
        Assert.False(result.CrcOk);
        Assert.Equal(Hj212CrcCheck.Mismatch, result.CrcCheck);
        Assert.Equal("crc: expected 1C80, got 1C81", result.CrcError?.ToString());
    }

    [Fact]
    public void Swapped_modbus_crc_is_reported_and_accepted_only_under_the_policy()
    {
        var result = Hj212Framer.ReadFrame(Bytes.Of("##0101" + StandardExamples.CrcSegment + "5907\r\n"));

        Assert.Equal(Hj212CrcCheck.SwappedModbus, result.CrcCheck);
        Assert.False(result.IsCrcAccepted(Hj212CrcPolicy.Strict));
        Assert.True(result.IsCrcAccepted(Hj212CrcPolicy.AcceptSwappedModbus));
    }

    [Fact]
    public void Larger_maximum_accepts_the_big_frame()
    {
        var segment = "QN=20240315103000123;ST=22;CN=2011;PW=1;MN=A;Flag=4;CP=&&x-Info=" + new string('9', 5000) + "&&";

        var result = Hj212Framer.ReadFrame(Hj212Encoder.Frame(Bytes.Of(segment)), new Hj212Options { MaxSegmentLength = 9999 });

        Assert.Equal(Hj212FrameKind.Frame, result.Kind);
        Assert.True(result.CrcOk);
    }
}
