using EcoTwin.Domain.Hj212;

namespace EcoTwin.Domain.Tests.Hj212.Support;

/// <summary>One thing the framer reported: a frame (its segment text) or an error (its rejected bytes).</summary>
internal sealed record FrameEvent(Hj212FrameKind Kind, string Text, string? ErrorCode, Hj212CrcCheck CrcCheck);

/// <summary>Feeds chunks to the framer as a pipe reader would: unconsumed bytes stay, new chunks are appended as segments.</summary>
internal static class FrameStream
{
    public static (List<FrameEvent> Events, long Junk) Read(IEnumerable<byte[]> chunks, Hj212Options? options = null)
    {
        var events = new List<FrameEvent>();
        var held = new List<ReadOnlyMemory<byte>>();
        long junk = 0;
        var steps = 0;
        using var source = chunks.GetEnumerator();
        while (true)
        {
            Assert.True(++steps < 1_000_000, "the framer does not make progress");
            var buffer = Bytes.Sequence(held);
            var result = Hj212Framer.ReadFrame(buffer, options);
            Assert.InRange(result.Consumed, 0, buffer.Length);
            Assert.InRange(result.JunkSkipped, 0, result.Consumed);
            junk += result.JunkSkipped;
            if (result.Kind == Hj212FrameKind.NeedMoreData)
            {
                Drop(held, result.Consumed);
                if (!source.MoveNext())
                {
                    // What is left at the end of the stream never became a frame.
                    return (events, junk + buffer.Length - result.Consumed);
                }

                held.Add(source.Current);
                continue;
            }

            Assert.True(result.Consumed > result.JunkSkipped, "a frame or an error must consume its own bytes");
            var text = result.Kind == Hj212FrameKind.Frame ? Bytes.Text(result.Segment) : Bytes.Text(result.Raw);
            events.Add(new FrameEvent(result.Kind, text, result.Error?.Code, result.CrcCheck));
            Drop(held, result.Consumed);
        }
    }

    public static (List<FrameEvent> Events, long Junk) Read(byte[] all, Hj212Options? options = null) => Read([all], options);

    private static void Drop(List<ReadOnlyMemory<byte>> held, long count)
    {
        while (count > 0)
        {
            if (held[0].Length <= count)
            {
                count -= held[0].Length;
                held.RemoveAt(0);
            }
            else
            {
                held[0] = held[0][(int)count..];
                count = 0;
            }
        }

        held.RemoveAll(m => m.IsEmpty);
    }
}
