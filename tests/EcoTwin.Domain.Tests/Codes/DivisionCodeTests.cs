using EcoTwin.Domain.Codes;

namespace EcoTwin.Domain.Tests.Codes;

public class DivisionCodeTests
{
    [Fact]
    public void Parent_of_a_county_is_its_city_and_of_a_city_its_province()
    {
        var tianhe = DivisionCode.Parse("440106");

        Assert.Equal(DivisionLevel.County, tianhe.Level);
        Assert.Equal(DivisionCode.Parse("440100"), tianhe.Parent);
        Assert.Equal(DivisionLevel.City, tianhe.Parent!.Value.Level);
        Assert.Equal(DivisionCode.Parse("440000"), tianhe.Parent!.Value.Parent);
        Assert.Equal(DivisionLevel.Province, DivisionCode.Parse("440000").Level);
        Assert.Null(DivisionCode.Parse("440000").Parent);
    }

    [Fact]
    public void Municipality_districts_have_the_municipal_grouping_as_parent()
    {
        var dongcheng = DivisionCode.Parse("110101");

        Assert.Equal("110100", dongcheng.Parent!.Value.Value);
        Assert.Equal("110000", dongcheng.Province.Value);
        Assert.Equal("北京市", dongcheng.ProvinceNameZh);
    }

    [Fact]
    public void County_directly_under_a_province_has_the_90_grouping_as_parent()
    {
        var xiantao = DivisionCode.Parse("429004");

        Assert.Equal("429000", xiantao.Parent!.Value.Value);
        Assert.Equal("420000", xiantao.Parent!.Value.Parent!.Value.Value);
    }

    [Fact]
    public void A_division_contains_its_descendants_only()
    {
        var guangdong = DivisionCode.Parse("440000");
        var guangzhou = DivisionCode.Parse("440100");
        var tianhe = DivisionCode.Parse("440106");
        var shenzhen = DivisionCode.Parse("440300");

        Assert.True(guangdong.Contains(tianhe));
        Assert.True(guangzhou.Contains(tianhe));
        Assert.True(guangzhou.Contains(guangzhou));
        Assert.False(guangzhou.Contains(shenzhen));
        Assert.False(tianhe.Contains(guangzhou));
        Assert.True(tianhe.Contains(tianhe));
    }

    [Theory]
    [InlineData(null, "An administrative division code has 6 digits; got 0 characters.")]
    [InlineData("44010", "An administrative division code has 6 digits; got 5 characters.")]
    [InlineData("4401060", "An administrative division code has 6 digits; got 7 characters.")]
    [InlineData("4401a6", "Character 'a' at position 5 is not a digit.")]
    [InlineData("990000", "'99' is not a province-level code of GB/T 2260.")]
    [InlineData("100000", "'10' is not a province-level code of GB/T 2260.")]
    [InlineData("440006", "County part '06' without a city part: positions 3-4 are 00.")]
    public void Malformed_codes_are_rejected_with_the_reason(string? text, string reason)
    {
        Assert.False(DivisionCode.TryParse(text, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void Parse_of_a_malformed_code_throws_with_the_reason()
    {
        var error = Assert.Throws<FormatException>(() => DivisionCode.Parse("44 106"));

        Assert.Equal("Character ' ' at position 3 is not a digit.", error.Message);
    }

    [Theory]
    [InlineData("110000")]
    [InlineData("650000")]
    [InlineData("710000")]
    [InlineData("810000")]
    [InlineData("820000")]
    public void Every_province_level_region_parses(string text)
    {
        Assert.True(DivisionCode.TryParse(text, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(text, code.ToString());
    }
}
