namespace EcoTwin.Domain.Air;

/// <summary>Names and units of the <see cref="AqiPollutant"/> values.</summary>
public static class AqiPollutants
{
    /// <summary>All six pollutants in HJ 633-2012 table order.</summary>
    public static IReadOnlyList<AqiPollutant> All { get; } = Enum.GetValues<AqiPollutant>();

    /// <summary>
    /// The display name used for primary pollutants and in reports: "SO2", "NO2", "PM10", "CO",
    /// "O3", "PM2.5". Plain ASCII without subscripts so that CLI output, JSON and CSV stay stable;
    /// O3 is one pollutant whether its 1 h or 8 h value made it primary.
    /// </summary>
    public static string DisplayName(this AqiPollutant pollutant) => pollutant switch
    {
        AqiPollutant.So2 => "SO2",
        AqiPollutant.No2 => "NO2",
        AqiPollutant.Pm10 => "PM10",
        AqiPollutant.Co => "CO",
        AqiPollutant.O3 => "O3",
        AqiPollutant.Pm25 => "PM2.5",
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, "Unknown pollutant."),
    };

    /// <summary>The Chinese name as used in HJ 633-2012 reports.</summary>
    public static string NameZh(this AqiPollutant pollutant) => pollutant switch
    {
        AqiPollutant.So2 => "二氧化硫",
        AqiPollutant.No2 => "二氧化氮",
        AqiPollutant.Pm10 => "颗粒物（粒径小于等于10μm）",
        AqiPollutant.Co => "一氧化碳",
        AqiPollutant.O3 => "臭氧",
        AqiPollutant.Pm25 => "颗粒物（粒径小于等于2.5μm）",
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, "Unknown pollutant."),
    };

    /// <summary>The concentration unit of the breakpoint table: "mg/m³" for CO, "μg/m³" otherwise.</summary>
    public static string Unit(this AqiPollutant pollutant) =>
        pollutant == AqiPollutant.Co ? "mg/m³" : "μg/m³";

    /// <summary>Parses a display name ("PM2.5", "so2", ...), ignoring case.</summary>
    public static bool TryParse(string? name, out AqiPollutant pollutant)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.DisplayName(), name, StringComparison.OrdinalIgnoreCase))
            {
                pollutant = candidate;
                return true;
            }
        }

        pollutant = default;
        return false;
    }
}
