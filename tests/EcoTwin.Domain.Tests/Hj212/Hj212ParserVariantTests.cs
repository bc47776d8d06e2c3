using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Variants real devices send, each accepted.</summary>
public sealed class Hj212ParserVariantTests
{
    private const string Cp = "CP=&&DataTime=20240315103000;a34004-Rtd=35.2,a34004-Flag=N&&";

    [Theory]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;MN=AQ0001;PW=123456;Flag=5;")]
    [InlineData("ST=22;CN=2011;QN=20240315103000123;PW=123456;MN=AQ0001;Flag=5;")]
    [InlineData("Flag=5;MN=AQ0001;PW=123456;CN=2011;ST=22;QN=20240315103000123;")]
    public void Header_fields_in_any_order_give_the_same_packet(string header)
    {
        var packet = Segments.Parse(header + Cp);

        Assert.Equal(
            new Hj212Packet { Qn = "20240315103000123", St = "22", Cn = "2011", Pw = "123456", Mn = "AQ0001", Flag = 5, Cp = packet.Cp },
            packet);
        Assert.Equal(3, packet.Cp.Count);
    }

    [Fact]
    public void Pno_before_pnum_is_accepted()
    {
        var packet = Segments.Parse("QN=20240315103000123;ST=22;CN=2061;PW=123456;MN=AQ0001;Flag=7;PNO=2;PNUM=3;" + Cp);

        Assert.Equal((3, 2), (packet.Pnum, packet.Pno));
    }

    [Theory]
    [InlineData("1710469800123")]
    [InlineData("20240315103000123")]
    [InlineData("20240315103000123456")]
    public void Qn_of_13_to_20_digits_is_accepted(string qn)
    {
        Assert.Equal(qn, Segments.Parse($"QN={qn};ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=4;{Cp}").Qn);
    }

    [Fact]
    public void Semicolon_before_the_closing_ampersands_is_ignored()
    {
        var packet = Segments.Parse("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=4;CP=&&DataTime=20240315103000;a34004-Rtd=35.2;&&");

        Assert.Equal(["DataTime", "a34004-Rtd"], packet.Cp.Select(i => i.Key));
    }

    [Theory]
    [InlineData("CP=&&&&")]
    [InlineData("CP=&& &&")]
    [InlineData("CP=&&;&&")]
    public void Empty_cp_is_accepted(string cp)
    {
        Assert.Empty(Segments.Parse("QN=20240315103000123;ST=91;CN=9014;PW=123456;MN=AQ0001;Flag=4;" + cp).Cp);
    }

    [Fact]
    public void Packet_without_datatime_has_no_data_time()
    {
        var packet = Segments.Parse("QN=20240315103000123;ST=22;CN=1011;PW=123456;MN=AQ0001;Flag=4;CP=&&SystemTime=20240315103000&&");

        Assert.Null(packet.DataTime);
        Assert.Equal("20240315103000", packet.GetValue("SystemTime"));
    }

    [Fact]
    public void Datatime_with_milliseconds_is_parsed()
    {
        var packet = Segments.Parse("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=4;CP=&&DataTime=20240315103000456&&");

        Assert.Equal(new DateTime(2024, 3, 15, 10, 30, 0, 456), packet.DataTime);
        Assert.Equal(DateTimeKind.Unspecified, packet.DataTime!.Value.Kind);
    }

    [Fact]
    public void Packet_of_2005_without_flag_and_qn_is_accepted()
    {
        var packet = Segments.Parse("ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516010101;011-Rtd=22.8,011-Flag=N&&");

        Assert.Equal(Hj212Edition.Hj2005, packet.Edition);
        Assert.Null(packet.Flag);
        Assert.Null(packet.Qn);
        Assert.Null(packet.EffectiveQn);
        Assert.False(packet.AckRequested);
        Assert.Equal(22.8m, packet.GetFactors().Single().Rtd);
    }

    [Fact]
    public void Reply_of_2005_carries_qn_inside_cp()
    {
        var packet = Segments.Parse("ST=91;CN=9011;PW=123456;MN=88888880000001;CP=&&QN=20040516010101001;QnRtn=1&&");

        Assert.Null(packet.Qn);
        Assert.Equal("20040516010101001", packet.EffectiveQn);
    }

    [Theory]
    [InlineData(0, Hj212Edition.Hj2005)]
    [InlineData(1, Hj212Edition.Hj2005)]
    [InlineData(4, Hj212Edition.Hj2017)]
    [InlineData(5, Hj212Edition.Hj2017)]
    public void Edition_comes_from_the_flag_version_bits(int flag, Hj212Edition edition)
    {
        Assert.Equal(edition, Segments.Parse($"QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag={flag};{Cp}").Edition);
    }

    [Fact]
    public void Subpackets_of_2005_without_flag_are_accepted()
    {
        var packet = Segments.Parse("ST=32;CN=2061;PW=123456;MN=88888880000001;PNUM=2;PNO=1;CP=&&DataTime=20040516010000&&");

        Assert.True(packet.IsSubpackaged);
        Assert.False(packet.SubpacketFlag);
    }

    [Fact]
    public void Cp_values_are_kept_exactly_including_spaces_and_equals()
    {
        var packet = Segments.Parse("QN=20240315103000123;ST=32;CN=3020;PW=123456;MN=AQ0001;Flag=4;CP=&&i13004-Info=168.0 ;x-Info=a=b,x-SN=&&");

        Assert.Equal([new("i13004-Info", "168.0 "), new("x-Info", "a=b"), new("x-SN", "")], packet.Cp);
        Assert.Equal(168.0m, packet.GetFactors()[0].GetDecimal("Info"));
    }

    [Fact]
    public void Segment_over_1024_bytes_is_accepted_up_to_the_configured_maximum()
    {
        var items = string.Join(";", Enumerable.Range(0, 150).Select(i => $"a{i:D5}-Rtd=12.5"));
        var segment = $"QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=4;CP=&&{items}&&";

        Assert.InRange(segment.Length, 1025, 4096);
        Assert.Equal(150, Segments.Parse(segment).Cp.Count);
    }
}
