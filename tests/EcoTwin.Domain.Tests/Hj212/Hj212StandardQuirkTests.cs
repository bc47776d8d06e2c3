using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Quirks of the standard's examples as printed: blank CP, spaces, Chinese text, subpackets, and two typos.</summary>
public sealed class Hj212StandardQuirkTests
{
    [Fact]
    public void Blank_cp_of_table_C4_is_an_empty_cp()
    {
        var packet = Segments.Parse(StandardExamples.NotificationResponseBlankCp);

        Assert.Equal("9013", packet.Cn);
        Assert.Empty(packet.Cp);
    }

    [Fact]
    public void Chinese_log_of_table_C40_is_kept_as_utf8_text()
    {
        var packet = Segments.Parse(StandardExamples.LogUpload);

        Assert.Equal("//清洗管路//", packet.GetValue("i11001-Info"));
    }

    [Fact]
    public void Space_before_equals_in_a_cp_key_of_table_C42_is_dropped()
    {
        var packet = Segments.Parse(StandardExamples.StateUpload);

        Assert.Equal("0", packet.GetValue("i12003-Info"));
    }

    [Fact]
    public void Space_before_a_header_field_of_table_C43_is_dropped()
    {
        Assert.Equal(5, Segments.Parse(StandardExamples.InfoRequestWithSpace).Flag);
    }

    [Fact]
    public void Subpackets_of_table_C50_carry_pnum_pno_and_flag_7()
    {
        var first = Segments.Parse(StandardExamples.HourlyPart1);
        var second = Segments.Parse(StandardExamples.HourlyPart2);

        Assert.Equal((7, 2, 1), (first.Flag!.Value, first.Pnum!.Value, first.Pno!.Value));
        Assert.Equal((2, 2), (second.Pnum!.Value, second.Pno!.Value));
        Assert.True(first.SubpacketFlag && first.IsSubpackaged && first.AckRequested);
        Assert.NotEqual(first.Qn, second.Qn);
    }

    [Fact]
    public void Missing_semicolon_before_cp_in_table_C19_is_rejected_naming_cp()
    {
        var error = Hj212Parser.Parse(Bytes.Of(StandardExamples.TypoMissingSemicolon)).Error;

        Assert.Equal(Hj212ErrorCodes.Field, error?.Code);
        Assert.Contains("CP", error!.Message);
    }

    [Fact]
    public void Comma_after_qn_in_table_C22_is_rejected_as_a_field_error()
    {
        var error = Hj212Parser.Parse(Bytes.Of(StandardExamples.TypoCommaAfterQn)).Error;

        Assert.Equal("field: ST is missing", error?.ToString());
    }
}
