using EcoTwin.Domain.Air;

namespace EcoTwin.Domain.Tests.Air;

public class AqiCategoryTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(100, 2)]
    [InlineData(101, 3)]
    [InlineData(150, 3)]
    [InlineData(151, 4)]
    [InlineData(200, 4)]
    [InlineData(201, 5)]
    [InlineData(300, 5)]
    [InlineData(301, 6)]
    [InlineData(500, 6)]
    public void Level_changes_exactly_at_the_boundaries(int aqi, int level)
    {
        Assert.Equal(level, AqiCategory.ForAqi(aqi).Level);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(501)]
    public void Aqi_outside_0_to_500_has_no_category(int aqi)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AqiCategory.ForAqi(aqi));
    }

    [Theory]
    [InlineData(1, "一级", "优", "Excellent", 0, 228, 0, "#00E400", "绿色")]
    [InlineData(2, "二级", "良", "Good", 255, 255, 0, "#FFFF00", "黄色")]
    [InlineData(3, "三级", "轻度污染", "Lightly polluted", 255, 126, 0, "#FF7E00", "橙色")]
    [InlineData(4, "四级", "中度污染", "Moderately polluted", 255, 0, 0, "#FF0000", "红色")]
    [InlineData(5, "五级", "重度污染", "Heavily polluted", 153, 0, 76, "#99004C", "紫色")]
    [InlineData(6, "六级", "严重污染", "Severely polluted", 126, 0, 35, "#7E0023", "褐红色")]
    public void Each_level_has_its_names_and_colour(int level, string levelZh, string zh, string en, byte r, byte g, byte b, string hex, string colourZh)
    {
        var category = AqiCategory.ForLevel(level);

        Assert.Equal(levelZh, category.LevelNameZh);
        Assert.Equal(zh, category.NameZh);
        Assert.Equal(en, category.NameEn);
        Assert.Equal(new RgbColour(r, g, b), category.Colour);
        Assert.Equal(hex, category.Colour.Hex);
        Assert.Equal(colourZh, category.ColourNameZh);
    }

    [Fact]
    public void Levels_cover_0_to_500_without_gaps()
    {
        var expectedMin = 0;
        foreach (var category in AqiCategory.All)
        {
            Assert.Equal(expectedMin, category.MinAqi);
            expectedMin = category.MaxAqi + 1;
        }

        Assert.Equal(501, expectedMin);
    }

    [Fact]
    public void Colour_prints_as_comma_separated_rgb()
    {
        Assert.Equal("255,126,0", AqiCategory.ForLevel(3).Colour.ToString());
    }
}
