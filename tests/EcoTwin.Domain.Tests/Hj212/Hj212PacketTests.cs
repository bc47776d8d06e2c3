using EcoTwin.Domain.Hj212;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>The packet's helpers: flag bits, times, the factor view and numeric access.</summary>
public sealed class Hj212PacketTests
{
    [Theory]
    [InlineData(null, 0, false, false)]
    [InlineData(4, 1, false, false)]
    [InlineData(5, 1, true, false)]
    [InlineData(6, 1, false, true)]
    [InlineData(7, 1, true, true)]
    [InlineData(3, 0, true, true)]
    public void Flag_bits_give_version_ack_and_subpackets(int? flag, int version, bool ack, bool subpackets)
    {
        var packet = Packet([]) with { Flag = flag };

        Assert.Equal((version, ack, subpackets), (packet.ProtocolVersion, packet.AckRequested, packet.SubpacketFlag));
    }

    [Theory]
    [InlineData("20240315103045", 2024, 3, 15, 10, 30, 45, 0)]
    [InlineData("20240229235959999", 2024, 2, 29, 23, 59, 59, 999)]
    [InlineData("00010101000000", 1, 1, 1, 0, 0, 0, 0)]
    public void Time_parses_14_and_17_digits_without_offset(string text, int y, int mo, int d, int h, int mi, int s, int ms)
    {
        Assert.True(Hj212Time.TryParse(text, out var time));
        Assert.Equal(new DateTime(y, mo, d, h, mi, s, ms), time);
        Assert.Equal(DateTimeKind.Unspecified, time.Kind);
    }

    [Theory]
    [InlineData("20230229103045")]
    [InlineData("00000101000000")]
    [InlineData("20240315106045")]
    [InlineData("20240315103060")]
    [InlineData("202403151030456")]
    [InlineData("2024-03-15T10:30")]
    [InlineData("２０２４0315103045")]
    public void Invalid_times_are_rejected_without_exceptions(string text)
    {
        Assert.False(Hj212Time.TryParse(text, out _));
    }

    [Fact]
    public void Times_format_as_the_standard_writes_them()
    {
        var time = new DateTime(2016, 8, 1, 8, 58, 57, 223);

        Assert.Equal("20160801085857", Hj212Time.Format(time));
        Assert.Equal("20160801085857223", Hj212Time.FormatQn(time));
    }

    [Fact]
    public void Factor_view_groups_items_by_code_in_order_of_first_appearance()
    {
        var packet = Packet([new("DataTime", "20240315103000"), new("a34004-Rtd", "35"), new("a21026-Rtd", "8"), new("a34004-Flag", "N"), new("PolId", "a34004")]);

        var factors = packet.GetFactors();

        Assert.Equal(["a34004", "a21026"], factors.Select(f => f.Code));
        Assert.Equal([new("Rtd", "35"), new("Flag", "N")], factors[0].Values);
    }

    [Theory]
    [InlineData("166.2", 166.2)]
    [InlineData("-0.5", -0.5)]
    [InlineData(" 7 ", 7)]
    [InlineData("1e3", 1000)]
    [InlineData("+12", 12)]
    public void Numbers_parse_with_the_invariant_culture(string text, double expected)
    {
        var factor = new Hj212Factor("a34004", [new("Rtd", text)]);

        Assert.Equal((decimal)expected, factor.Rtd);
        Assert.Equal(expected, factor.GetDouble("Rtd"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("N")]
    [InlineData("1,5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    public void Non_numbers_give_null_without_exceptions(string text)
    {
        var factor = new Hj212Factor("a34004", [new("Rtd", text)]);

        Assert.Null(factor.Rtd);
        Assert.Null(factor.GetDouble("Rtd"));
    }

    [Fact]
    public void Missing_suffix_gives_null()
    {
        var factor = new Hj212Factor("a34004", [new("Rtd", "1")]);

        Assert.Null(factor.Avg);
        Assert.Null(factor.Flag);
        Assert.Null(factor.Get("rtd"));
    }

    [Fact]
    public void Cp_item_knows_its_factor_code_and_suffix()
    {
        Assert.Equal(("w01018", "SampleTime"), (new Hj212CpItem("w01018-SampleTime", "x").FactorCode, new Hj212CpItem("w01018-SampleTime", "x").Suffix));
        Assert.Null(new Hj212CpItem("DataTime", "x").FactorCode);
        Assert.Equal("a34004-Rtd=35.20", Hj212CpItem.Of("a34004", "Rtd", 35.20m).ToString());
    }

    private static Hj212Packet Packet(List<Hj212CpItem> cp) =>
        new() { Qn = "20240315103000123", St = "22", Cn = "2011", Pw = "1", Mn = "A", Flag = 4, Cp = cp };
}
