namespace EcoTwin.Domain.Air;

/// <summary>
/// An AQI level with its category and colour (HJ 633-2012 table 2 and appendix A).
/// English names follow the ministry's English usage ("Lightly polluted" ...).
/// </summary>
public sealed record AqiCategory
{
    private AqiCategory(int level, int minAqi, int maxAqi, string levelNameZh, string nameZh, string nameEn, RgbColour colour, string colourNameZh, string colourNameEn)
    {
        Level = level;
        MinAqi = minAqi;
        MaxAqi = maxAqi;
        LevelNameZh = levelNameZh;
        NameZh = nameZh;
        NameEn = nameEn;
        Colour = colour;
        ColourNameZh = colourNameZh;
        ColourNameEn = colourNameEn;
    }

    /// <summary>The six categories, level 1 to 6.</summary>
    public static IReadOnlyList<AqiCategory> All { get; } =
    [
        new(1, 0, 50, "一级", "优", "Excellent", new RgbColour(0, 228, 0), "绿色", "green"),
        new(2, 51, 100, "二级", "良", "Good", new RgbColour(255, 255, 0), "黄色", "yellow"),
        new(3, 101, 150, "三级", "轻度污染", "Lightly polluted", new RgbColour(255, 126, 0), "橙色", "orange"),
        new(4, 151, 200, "四级", "中度污染", "Moderately polluted", new RgbColour(255, 0, 0), "红色", "red"),
        new(5, 201, 300, "五级", "重度污染", "Heavily polluted", new RgbColour(153, 0, 76), "紫色", "purple"),
        new(6, 301, AqiBreakpoints.MaxIaqi, "六级", "严重污染", "Severely polluted", new RgbColour(126, 0, 35), "褐红色", "maroon"),
    ];

    /// <summary>The level, 1 (excellent) to 6 (severely polluted).</summary>
    public int Level { get; }

    /// <summary>The lowest AQI of the level.</summary>
    public int MinAqi { get; }

    /// <summary>The highest AQI of the level (500 for level 6, the cap of the index).</summary>
    public int MaxAqi { get; }

    /// <summary>The level name, 一级 to 六级.</summary>
    public string LevelNameZh { get; }

    /// <summary>The category, 优, 良, 轻度污染, 中度污染, 重度污染, 严重污染.</summary>
    public string NameZh { get; }

    /// <summary>The category in English.</summary>
    public string NameEn { get; }

    /// <summary>The category colour.</summary>
    public RgbColour Colour { get; }

    /// <summary>The colour name, 绿色 to 褐红色.</summary>
    public string ColourNameZh { get; }

    /// <summary>The colour name in English.</summary>
    public string ColourNameEn { get; }

    /// <summary>The category of an AQI value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The AQI is negative or above 500.</exception>
    public static AqiCategory ForAqi(int aqi)
    {
        foreach (var category in All)
        {
            if (aqi >= category.MinAqi && aqi <= category.MaxAqi)
            {
                return category;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(aqi), aqi, "An AQI is between 0 and 500.");
    }

    /// <summary>The category of a level, 1 to 6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1 to 6.</exception>
    public static AqiCategory ForLevel(int level) =>
        level is >= 1 and <= 6
            ? All[level - 1]
            : throw new ArgumentOutOfRangeException(nameof(level), level, "An AQI level is 1 to 6.");
}
