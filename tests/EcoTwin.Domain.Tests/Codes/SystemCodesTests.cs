using EcoTwin.Domain.Codes;

namespace EcoTwin.Domain.Tests.Codes;

public class SystemCodesTests
{
    [Theory]
    [InlineData("21", "地表水质量监测", SystemCategory.EnvironmentalQuality)]
    [InlineData("22", "空气质量监测", SystemCategory.EnvironmentalQuality)]
    [InlineData("23", "声环境质量监测", SystemCategory.EnvironmentalQuality)]
    [InlineData("31", "大气环境污染源", SystemCategory.PollutionSource)]
    [InlineData("32", "地表水体环境污染源", SystemCategory.PollutionSource)]
    [InlineData("36", "声环境污染源", SystemCategory.PollutionSource)]
    [InlineData("51", "烟气排放过程监控", SystemCategory.ProcessMonitoring)]
    [InlineData("91", "系统交互", SystemCategory.SystemInteraction)]
    public void Table_5_codes_have_their_names_and_category(string code, string nameZh, SystemCategory category)
    {
        var info = SystemCodes.Find(code)!;

        Assert.Equal(nameZh, info.NameZh);
        Assert.Equal(category, info.Category);
        Assert.Equal(category, SystemCodes.CategoryOf(code));
    }

    [Fact]
    public void Table_5_has_20_codes_each_in_the_range_of_its_category()
    {
        Assert.Equal(20, SystemCodes.All.Count);
        Assert.All(SystemCodes.All, s => Assert.Equal(s.Category, SystemCodes.CategoryOf(s.Code)));
        Assert.Equal("ambient air quality", SystemCodes.Find("22")!.NameEn);
    }

    [Theory]
    [InlineData("10", SystemCategory.EnvironmentalQuality)]
    [InlineData("29", SystemCategory.EnvironmentalQuality)]
    [InlineData("30", SystemCategory.PollutionSource)]
    [InlineData("49", SystemCategory.PollutionSource)]
    [InlineData("50", SystemCategory.ProcessMonitoring)]
    [InlineData("69", SystemCategory.ProcessMonitoring)]
    [InlineData("99", SystemCategory.SystemInteraction)]
    [InlineData("A0", SystemCategory.Extension)]
    [InlineData("Z9", SystemCategory.Extension)]
    [InlineData("09", SystemCategory.Unassigned)]
    [InlineData("70", SystemCategory.Unassigned)]
    [InlineData("90", SystemCategory.Unassigned)]
    [InlineData("AB", SystemCategory.Unassigned)]
    [InlineData("1A", SystemCategory.Unassigned)]
    public void Any_well_formed_code_has_the_category_of_its_range(string code, SystemCategory category)
    {
        Assert.Equal(category, SystemCodes.CategoryOf(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("221")]
    [InlineData("a0")]
    [InlineData("2 ")]
    public void Malformed_codes_have_no_category(string? code)
    {
        Assert.Null(SystemCodes.CategoryOf(code));
        Assert.Null(SystemCodes.Find(code));
    }
}
