namespace EcoTwin.Domain.Codes;

/// <summary>The system codes (ST) of HJ 212-2017 table 5 and the categories of their ranges.</summary>
public static class SystemCodes
{
    /// <summary>Every code of table 5.</summary>
    public static IReadOnlyList<SystemCodeInfo> All { get; } =
    [
        Quality("21", "地表水质量监测", "surface water quality"),
        Quality("22", "空气质量监测", "ambient air quality"),
        Quality("23", "声环境质量监测", "acoustic environment quality"),
        Quality("24", "地下水质量监测", "groundwater quality"),
        Quality("25", "土壤质量监测", "soil quality"),
        Quality("26", "海水质量监测", "seawater quality"),
        Quality("27", "挥发性有机物监测", "volatile organic compounds"),
        Source("31", "大气环境污染源", "air pollution source"),
        Source("32", "地表水体环境污染源", "surface water pollution source"),
        Source("33", "地下水体环境污染源", "groundwater pollution source"),
        Source("34", "海洋环境污染源", "marine pollution source"),
        Source("35", "土壤环境污染源", "soil pollution source"),
        Source("36", "声环境污染源", "noise pollution source"),
        Source("37", "振动环境污染源", "vibration pollution source"),
        Source("38", "放射性环境污染源", "radioactive pollution source"),
        Source("39", "工地扬尘污染源", "construction site dust source"),
        Source("41", "电磁环境污染源", "electromagnetic pollution source"),
        new("51", "烟气排放过程监控", "flue gas emission process monitoring", SystemCategory.ProcessMonitoring),
        new("52", "污水排放过程监控", "wastewater discharge process monitoring", SystemCategory.ProcessMonitoring),
        new("91", "系统交互", "system interaction", SystemCategory.SystemInteraction),
    ];

    /// <summary>The table 5 entry of a code, or null when it is not in table 5.</summary>
    public static SystemCodeInfo? Find(string? code) => All.FirstOrDefault(s => s.Code == code);

    /// <summary>
    /// The category of any code by its range; null when the code is not two characters of 0-9/A-Z.
    /// A code need not be in table 5 (the table is extensible).
    /// </summary>
    public static SystemCategory? CategoryOf(string? code)
    {
        if (code is not { Length: 2 } || !IsCodeChar(code[0]) || !IsCodeChar(code[1]))
        {
            return null;
        }

        if (char.IsAsciiLetterUpper(code[0]))
        {
            return char.IsAsciiDigit(code[1]) ? SystemCategory.Extension : SystemCategory.Unassigned;
        }

        if (!char.IsAsciiDigit(code[1]))
        {
            return SystemCategory.Unassigned;
        }

        return int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) switch
        {
            >= 10 and <= 29 => SystemCategory.EnvironmentalQuality,
            >= 30 and <= 49 => SystemCategory.PollutionSource,
            >= 50 and <= 69 => SystemCategory.ProcessMonitoring,
            >= 91 and <= 99 => SystemCategory.SystemInteraction,
            _ => SystemCategory.Unassigned,
        };
    }

    private static bool IsCodeChar(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c);

    private static SystemCodeInfo Quality(string code, string zh, string en) => new(code, zh, en, SystemCategory.EnvironmentalQuality);

    private static SystemCodeInfo Source(string code, string zh, string en) => new(code, zh, en, SystemCategory.PollutionSource);
}
