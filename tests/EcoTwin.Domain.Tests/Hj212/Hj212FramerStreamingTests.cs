using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>The framer fed the way a pipe reader feeds it: split buffers, multi-segment sequences, junk between frames.</summary>
public sealed class Hj212FramerStreamingTests
{
    private const string HttpProbe = "GET / HTTP/1.1\r\nHost: 10.0.0.5:9000\r\nUser-Agent: scanner\r\n\r\n";
    private static readonly byte[] First = Bytes.Of(StandardExamples.CrcFrame);
    private static readonly byte[] Second = Hj212Encoder.Frame(Bytes.Of(StandardExamples.MinuteUpload));
    private static readonly byte[] Stream = Bytes.Concat(First, Bytes.Of(HttpProbe), Second);

    [Fact]
    public void Http_probe_between_frames_is_skipped_and_counted_and_both_frames_come_out()
    {
        var (events, junk) = FrameStream.Read(Stream);

        Assert.Equal([StandardExamples.CrcSegment, StandardExamples.MinuteUpload], events.Select(e => e.Text));
        Assert.All(events, e => Assert.Equal(Hj212CrcCheck.Ok, e.CrcCheck));
        Assert.Equal(HttpProbe.Length, junk);
    }

    [Fact]
    public void Split_at_every_byte_boundary_gives_the_same_frames_and_junk()
    {
        var expected = FrameStream.Read(Stream);

        for (var split = 0; split <= Stream.Length; split++)
        {
            var actual = FrameStream.Read([Stream[..split], Stream[split..]]);

            Assert.Equal(expected.Events, actual.Events);
            Assert.Equal(expected.Junk, actual.Junk);
        }
    }

    [Fact]
    public void One_byte_at_a_time_gives_the_same_frames_and_junk()
    {
        var expected = FrameStream.Read(Stream);

        var actual = FrameStream.Read(Stream.Select(b => new[] { b }));

        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Junk, actual.Junk);
    }

    [Fact]
    public void Frame_held_in_many_segments_is_found_in_one_call()
    {
        var chunks = First.Chunk(7).Select(c => (ReadOnlyMemory<byte>)c).ToList();

        var result = Hj212Framer.ReadFrame(Bytes.Sequence(chunks));

        Assert.Equal(Hj212FrameKind.Frame, result.Kind);
        Assert.Equal(StandardExamples.CrcSegment, Bytes.Text(result.Segment));
        Assert.True(result.CrcOk);
    }

    [Fact]
    public void Two_splits_at_every_pair_of_boundaries_around_the_probe_give_the_same_frames()
    {
        var expected = FrameStream.Read(Stream);
        var start = First.Length - 8;
        var end = First.Length + HttpProbe.Length + 8;

        for (var a = start; a < end; a++)
        {
            for (var b = a; b < end; b++)
            {
                var actual = FrameStream.Read([Stream[..a], Stream[a..b], Stream[b..]]);

                Assert.Equal(expected.Events, actual.Events);
            }
        }
    }

    [Fact]
    public void Bad_frame_between_good_ones_is_one_error_and_the_good_ones_survive_any_split()
    {
        var bad = Bytes.Of("##0150" + StandardExamples.CrcSegment + "1C80\r\n");
        var stream = Bytes.Concat(First, bad, Second);

        for (var split = 0; split <= stream.Length; split++)
        {
            var (events, _) = FrameStream.Read([stream[..split], stream[split..]]);

            Assert.Equal([null, "length", null], events.Select(e => e.ErrorCode));
            Assert.Equal(StandardExamples.MinuteUpload, events[2].Text);
        }
    }
}
