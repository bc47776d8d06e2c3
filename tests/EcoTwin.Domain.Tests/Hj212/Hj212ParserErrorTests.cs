using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Tests.Hj212.Support;

namespace EcoTwin.Domain.Tests.Hj212;

/// <summary>Every way a data segment can be wrong gives its stable code and a message naming the problem.</summary>
public sealed class Hj212ParserErrorTests
{
    private const string Head = "QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;";

    [Theory]
    [InlineData("ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=&&&&", "QN is missing")]
    [InlineData("QN=20240315103000123;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=&&&&", "ST is missing")]
    [InlineData("QN=20240315103000123;ST=22;PW=123456;MN=AQ0001;Flag=5;CP=&&&&", "CN is missing")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;MN=AQ0001;Flag=5;CP=&&&&", "PW is missing")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;Flag=5;CP=&&&&", "MN is missing")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=;MN=AQ0001;Flag=5;CP=&&&&", "PW is empty")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;MN=AQ0002;CP=&&&&", "MN appears twice")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;XX=1;CP=&&&&", "unknown header field 'XX'")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;oops;CP=&&&&", "header item 'oops' has no '='")]
    [InlineData("QN=2024-03-15;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=&&&&", "QN '2024-03-15' must be 13 to 20 digits")]
    [InlineData("QN=123456789012;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=&&&&", "QN '123456789012' must be 13 to 20 digits")]
    [InlineData("QN=20240315103000123;ST=2;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=&&&&", "ST '2' must be two characters")]
    [InlineData("QN=20240315103000123;ST=22;CN=201;PW=123456;MN=AQ0001;Flag=5;CP=&&&&", "CN '201' must be 4 digits")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=0123456789ABCDEF012345678;Flag=5;CP=&&&&", "MN '0123456789ABCDEF012345678' must be 1 to 24")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=x;CP=&&&&", "Flag 'x' is not a number")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=256;CP=&&&&", "Flag 256 is outside 0-255")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=9;CP=&&&&", "declares protocol version 2")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=7;CP=&&&&", "bit D set but PNUM and PNO are missing")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;PNUM=2;PNO=1;CP=&&&&", "does not have bit D set")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=7;PNUM=2;CP=&&&&", "PNUM is present without PNO")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=7;PNUM=2;PNO=3;CP=&&&&", "PNO=3 is greater than PNUM=2")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=7;PNUM=0;PNO=0;CP=&&&&", "must be 1 to 9999")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=7;PNUM=2;PNO=one;CP=&&&&", "PNO 'one' is not a number")]
    [InlineData(Head + "CP=&&a34004-Rtd&&", "CP item 'a34004-Rtd' has no '='")]
    [InlineData(Head + "CP=&&=35&&", "CP item '=35' has an empty key")]
    [InlineData(Head + "Flag=5CP=&&&&", "CP is missing")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5", "CP is missing")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=a=1", "CP is missing")]
    public void Bad_field_is_a_field_error_naming_it(string segment, string message)
    {
        AssertError(segment, Hj212ErrorCodes.Field, message);
    }

    [Theory]
    [InlineData("2024031510300")]
    [InlineData("20240230103000")]
    [InlineData("20241315103000")]
    [InlineData("20240315243000")]
    [InlineData("2024031510300x")]
    [InlineData("")]
    public void Invalid_datatime_is_a_date_error(string dataTime)
    {
        AssertError($"{Head}CP=&&DataTime={dataTime};a34004-Rtd=1&&", Hj212ErrorCodes.Date, $"DataTime '{dataTime}'");
    }

    [Theory]
    [InlineData(Head + "CP=&&a34004-Rtd=1")]
    [InlineData(Head + "CP=&&a34004-Rtd=1&")]
    [InlineData(Head + "CP=&&&")]
    [InlineData(Head + "CP=&&a34004-Rtd=1&&;")]
    public void Cp_not_closed_by_ampersands_is_truncated(string segment)
    {
        AssertError(segment, Hj212ErrorCodes.Truncated, "CP is not closed");
    }

    [Fact]
    public void Empty_segment_is_truncated()
    {
        AssertError("", Hj212ErrorCodes.Truncated, "empty");
    }

    [Fact]
    public void Segment_over_the_maximum_is_oversize()
    {
        var segment = Head + "CP=&&" + new string('1', 4096) + "&&";

        AssertError(segment, Hj212ErrorCodes.Oversize, $"{segment.Length} bytes, the limit is 4096");
    }

    [Fact]
    public void Maximum_segment_length_is_configurable()
    {
        var segment = Bytes.Of(Head + "CP=&&&&");

        Assert.Equal(Hj212ErrorCodes.Oversize, Hj212Parser.Parse(segment, new Hj212Options { MaxSegmentLength = 50 }).Error?.Code);
        Assert.True(Hj212Parser.Parse(segment, new Hj212Options { MaxSegmentLength = segment.Length }).IsOk);
    }

    [Theory]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=12345é;MN=AQ0001;Flag=5;CP=&&&&", "header byte 0xC3")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=&&a-Info=x\ty&&", "control byte 0x09")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=&&a-Info=x\r\ny&&", "control byte 0x0D")]
    [InlineData("QN=20240315103000123;ST=22;CN=2011;PW=123456;MN=AQ0001;Flag=5;CP=&&数据=1&&", "CP key '数据' is not printable ASCII")]
    public void Forbidden_bytes_are_an_encoding_error(string segment, string message)
    {
        AssertError(segment, Hj212ErrorCodes.Encoding, message);
    }

    [Fact]
    public void Invalid_utf8_in_cp_is_an_encoding_error()
    {
        var segment = Bytes.Concat(Bytes.Of(Head + "CP=&&i11001-Info=//"), [0xC3, 0x28], Bytes.Of("//&&"));

        var error = Hj212Parser.Parse(segment).Error;

        Assert.Equal("encoding: CP contains bytes that are not valid UTF-8", error?.ToString());
    }

    private static void AssertError(string segment, string code, string message)
    {
        var result = Hj212Parser.Parse(Bytes.Of(segment));

        Assert.False(result.IsOk);
        Assert.Equal(code, result.Error.Code);
        Assert.Contains(message, result.Error.Message);
    }
}
