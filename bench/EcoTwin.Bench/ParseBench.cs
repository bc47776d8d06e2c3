using System.Diagnostics;
using EcoTwin.Domain.Hj212;

namespace EcoTwin.Bench;

/// <summary>Framing + parsing throughput of the codec on one thread.</summary>
public static class ParseBench
{
    /// <summary>Frames and parses a stream of uploads repeatedly for about <paramref name="duration"/>.</summary>
    public static IEnumerable<BenchRow> Run(TimeSpan duration)
    {
        var stream = BenchFrames.FrameStream(10_000);
        var packets = 0L;
        var bytes = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var buffer = new ReadOnlyMemory<byte>(stream);
            while (!buffer.IsEmpty)
            {
                var frame = Hj212Framer.ReadFrame(buffer);
                if (frame.Kind != Hj212FrameKind.Frame || !Hj212Parser.Parse(frame.Segment.FirstSpan).IsOk)
                {
                    throw new InvalidOperationException("the benchmark's frames must parse");
                }

                buffer = buffer[(int)frame.Consumed..];
                packets++;
            }

            bytes += stream.Length;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        yield return new BenchRow("parse", "packets/s (1 thread)", packets / seconds, $"{bytes / seconds / 1e6:0.0} MB/s, {stream.Length / 10_000} B/packet");
    }
}
