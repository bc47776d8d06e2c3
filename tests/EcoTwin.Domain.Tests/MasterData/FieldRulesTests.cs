using EcoTwin.Domain.MasterData;

namespace EcoTwin.Domain.Tests.MasterData;

public sealed class FieldRulesTests
{
    [Theory]
    [InlineData("010000A8900016F000169DC0")]
    [InlineData("ST-01_a")]
    public void Keys_of_letters_digits_dash_and_underscore_up_to_24_characters_are_accepted(string key) =>
        Assert.Null(FieldRules.Key("code", key));

    [Theory]
    [InlineData("", "is required")]
    [InlineData("010000A8900016F000169DC01", "is 25 characters long; at most 24 are allowed")]
    [InlineData("ST 01", "contains ' '; only letters, digits, '-' and '_' are allowed")]
    [InlineData("站点1", "contains '站'; only letters, digits, '-' and '_' are allowed")]
    public void Bad_keys_are_rejected_with_the_reason(string key, string reason) =>
        Assert.Equal(new FieldError("code", reason), FieldRules.Key("code", key));

    [Theory]
    [InlineData(181, 30, "longitude 181 is outside -180..180")]
    [InlineData(120, -91, "latitude -91 is outside -90..90")]
    [InlineData(double.NaN, 30, "longitude NaN is outside -180..180")]
    public void Positions_off_the_globe_are_rejected(double lon, double lat, string reason) =>
        Assert.Equal(reason, FieldRules.Location("location", lon, lat)?.Message);

    [Theory]
    [InlineData("320402", true)]
    [InlineData("32040", false)]
    [InlineData("32040a", false)]
    public void Division_codes_are_six_digits(string code, bool valid) =>
        Assert.Equal(valid, FieldRules.DivisionCode("districtCode", code) is null);

    [Fact]
    public void Blank_names_are_required() =>
        Assert.Equal("is required", FieldRules.Name("name", "  ")?.Message);
}
