using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Property: every valid packet encodes to a frame that decodes to an equal packet.</summary>
public sealed class Hj212RoundTripTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Encode_then_decode_gives_an_equal_packet(int seed)
    {
        var generator = new PacketGenerator(seed);
        for (var i = 0; i < 500; i++)
        {
            var packet = generator.Next();
            var frame = Hj212Encoder.EncodeFrame(packet);

            var decoded = Hj212Parser.ParseFrame(frame);

            Assert.True(decoded.IsOk, $"seed {seed} case {i}: {decoded.Error} in {Hj212Encoder.EncodeSegment(packet)}");
            Assert.True(decoded.CrcOk);
            Assert.Equal(packet, decoded.Packet);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Stream_of_encoded_packets_frames_back_to_the_same_packets(int seed)
    {
        var generator = new PacketGenerator(seed);
        var packets = Enumerable.Range(0, 200).Select(_ => generator.Next()).ToList();
        var stream = Bytes.Concat([.. packets.Select(Hj212Encoder.EncodeFrame)]);
        var random = new Random(seed);

        var (events, junk) = FrameStream.Read(stream.Chunk(random.Next(1, 300)));

        Assert.Equal(0, junk);
        Assert.Equal(packets, events.Select(e => Hj212Parser.Parse(Bytes.Of(e.Text)).Packet));
    }

    [Fact]
    public void Equal_packets_have_equal_hash_codes()
    {
        var a = new PacketGenerator(9).Next();
        var b = Hj212Parser.ParseFrame(Hj212Encoder.EncodeFrame(a)).Packet!;

        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Cp = [.. b.Cp, new Hj212CpItem("x-Rtd", "1")] });
    }
}
