using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

public sealed class Hj212CrcTests
{
    private static readonly byte[] Segment = Bytes.Of(StandardExamples.CrcSegment);

    [Fact]
    public void Standard_example_segment_is_101_bytes()
    {
        Assert.Equal(101, Segment.Length);
    }

    [Fact]
    public void Crc_of_standard_example_is_1C80()
    {
        Assert.Equal(0x1C80, Hj212Crc.Compute(Segment));
        Assert.Equal("1C80", Hj212Crc.Format(Hj212Crc.Compute(Segment)));
    }

    [Fact]
    public void Crc_of_empty_data_is_the_start_value()
    {
        Assert.Equal(0xFFFF, Hj212Crc.Compute([]));
    }

    [Fact]
    public void Crc_matches_the_bitwise_algorithm_of_appendix_A()
    {
        var random = new Random(212);
        for (var i = 0; i < 200; i++)
        {
            var data = new byte[random.Next(0, 300)];
            random.NextBytes(data);
            Assert.Equal(AppendixA(data), Hj212Crc.Compute(data));
        }
    }

    [Fact]
    public void Crc_of_a_multi_segment_sequence_equals_crc_of_the_span()
    {
        for (var split = 0; split <= Segment.Length; split++)
        {
            var sequence = Bytes.Sequence([Segment.AsMemory(0, split), Segment.AsMemory(split)]);
            Assert.Equal(0x1C80, Hj212Crc.Compute(sequence));
        }
    }

    [Fact]
    public void Modbus_crc_of_standard_example_is_0759_and_swapped_is_5907()
    {
        Assert.Equal(0x0759, Hj212Crc.ComputeModbus(Segment));
        Assert.Equal(0x5907, Hj212Crc.ComputeModbusSwapped(Segment));
    }

    [Fact]
    public void Modbus_crc_of_the_catalogue_check_string_is_4B37()
    {
        Assert.Equal(0x4B37, Hj212Crc.ComputeModbus("123456789"u8));
    }

    [Theory]
    [InlineData(0x1C80, Hj212CrcCheck.Ok)]
    [InlineData(0x5907, Hj212CrcCheck.SwappedModbus)]
    [InlineData(0x0759, Hj212CrcCheck.Mismatch)]
    [InlineData(0x1C81, Hj212CrcCheck.Mismatch)]
    public void Check_classifies_the_received_crc(int received, Hj212CrcCheck expected)
    {
        Assert.Equal(expected, Hj212Crc.Check(Segment, (ushort)received, out var computed));
        Assert.Equal(0x1C80, computed);
    }

    [Theory]
    [InlineData(Hj212CrcCheck.Ok, Hj212CrcPolicy.Strict, true)]
    [InlineData(Hj212CrcCheck.SwappedModbus, Hj212CrcPolicy.Strict, false)]
    [InlineData(Hj212CrcCheck.SwappedModbus, Hj212CrcPolicy.AcceptSwappedModbus, true)]
    [InlineData(Hj212CrcCheck.Mismatch, Hj212CrcPolicy.AcceptSwappedModbus, false)]
    public void Swapped_modbus_is_accepted_only_under_the_explicit_policy(Hj212CrcCheck check, Hj212CrcPolicy policy, bool accepted)
    {
        Assert.Equal(accepted, Hj212Crc.IsAccepted(check, policy));
    }

    [Theory]
    [InlineData("1C80", 0x1C80)]
    [InlineData("1c80", 0x1C80)]
    [InlineData("abCD", 0xABCD)]
    [InlineData("0000", 0x0000)]
    public void Parse_accepts_upper_and_lower_case_hex(string text, int expected)
    {
        Assert.True(Hj212Crc.TryParse(Bytes.Of(text), out var crc));
        Assert.Equal(expected, crc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("C80")]
    [InlineData("1C800")]
    [InlineData("1G80")]
    [InlineData(" C80")]
    public void Parse_rejects_anything_but_4_hex_digits(string text)
    {
        Assert.False(Hj212Crc.TryParse(Bytes.Of(text), out _));
    }

    private static ushort AppendixA(byte[] data)
    {
        uint crc = 0xFFFF;
        foreach (var b in data)
        {
            crc = (crc >> 8) ^ b;
            for (var j = 0; j < 8; j++)
            {
                var check = crc & 1;
                crc >>= 1;
                if (check == 1)
                {
                    crc ^= 0xA001;
                }
            }
        }

        return (ushort)crc;
    }
}
