using System.Text;
using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Random and mutated input never throws, never hangs, and the framer always makes progress.</summary>
public sealed class Hj212FuzzTests
{
    // Biased towards the bytes that matter to the framer and parser.
    private static readonly byte[] Alphabet = Bytes.Of("##&&;;,,==\r\n0123456789ABCDEFabcdefCPQNSTMNPWFlag- é");

    [Fact]
    public void Random_bytes_never_throw_and_the_framer_always_progresses()
    {
        var random = new Random(20170501);
        for (var i = 0; i < 1500; i++)
        {
            var data = new byte[random.Next(0, 400)];
            for (var j = 0; j < data.Length; j++)
            {
                data[j] = random.Next(3) == 0 ? (byte)random.Next(256) : Alphabet[random.Next(Alphabet.Length)];
            }

            FrameStream.Read(data.Chunk(random.Next(1, 64)));
            _ = Hj212Parser.Parse(data);
            _ = Hj212Parser.ParseFrame(data);
        }
    }

    [Fact]
    public void Random_bytes_with_a_frame_header_never_throw()
    {
        var random = new Random(212);
        for (var i = 0; i < 1000; i++)
        {
            var body = new byte[random.Next(0, 200)];
            random.NextBytes(body);
            var data = Bytes.Concat(Bytes.Of($"##{body.Length:D4}"), body, Bytes.Of("\r\n"));

            var (events, _) = FrameStream.Read(data);
            Assert.NotEmpty(events);
            _ = Hj212Parser.ParseFrame(data);
        }
    }

    [Fact]
    public void Mutated_frame_between_two_good_frames_never_costs_the_good_frames()
    {
        var random = new Random(4242);
        var generator = new PacketGenerator(99);
        var good = Bytes.Of(StandardExamples.CrcFrame);
        for (var i = 0; i < 1500; i++)
        {
            var victim = Hj212Encoder.EncodeFrame(generator.Next());
            var mutated = Mutate(victim, random);
            var stream = Bytes.Concat(good, mutated, good);

            var (events, _) = FrameStream.Read(stream.Chunk(random.Next(1, 200)));

            var goodOnes = events.Where(e => e.Text == StandardExamples.CrcSegment && e.CrcCheck == Hj212CrcCheck.Ok).Count();
            Assert.True(goodOnes >= 2, $"case {i}: a good neighbour was lost around {Show(mutated)}: {string.Join(" / ", events)}");
            Assert.True(events[0].Text == StandardExamples.CrcSegment && events[^1].Text == StandardExamples.CrcSegment, $"case {i}");
            foreach (var frame in events.Where(e => e.Kind == Hj212FrameKind.Frame))
            {
                _ = Hj212Parser.Parse(Bytes.Of(frame.Text));
            }

            _ = Hj212Parser.ParseFrame(mutated);
        }
    }

    [Fact]
    public void Mutated_frame_is_never_decoded_as_a_valid_different_frame()
    {
        var random = new Random(7);
        var generator = new PacketGenerator(7);
        for (var i = 0; i < 1500; i++)
        {
            var packet = generator.Next();
            var frame = Hj212Encoder.EncodeFrame(packet);
            var mutated = Mutate(frame, random);

            var result = Hj212Parser.ParseFrame(mutated);

            // A single flip, insertion, deletion or cut may survive only where it changes nothing
            // the packet keeps (e.g. a CRC digit's case); otherwise the CRC or the envelope catches it.
            Assert.True(!result.IsOk || result.Packet == packet, $"case {i}: {Show(mutated)}");
        }
    }

    private static string Show(byte[] bytes) => Encoding.UTF8.GetString(bytes).Replace("\r", "\\r").Replace("\n", "\\n");

    private static byte[] Mutate(byte[] frame, Random random)
    {
        var list = frame.ToList();
        var at = random.Next(list.Count);
        switch (random.Next(4))
        {
            case 0:
                list[at] = (byte)(list[at] ^ (1 << random.Next(8)));
                break;
            case 1:
                list.Insert(at, random.Next(2) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (byte)random.Next(256));
                break;
            case 2:
                list.RemoveAt(at);
                break;
            default:
                list.RemoveRange(at, list.Count - at);
                break;
        }

        return [.. list];
    }
}
