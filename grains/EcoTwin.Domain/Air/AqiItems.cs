namespace EcoTwin.Domain.Air;

/// <summary>Keys, pollutants and units of the <see cref="AqiItem"/> values.</summary>
public static class AqiItems
{
    /// <summary>All items in HJ 633-2012 table order (PM 1 h items beside their 24 h rows).</summary>
    public static IReadOnlyList<AqiItem> All { get; } = Enum.GetValues<AqiItem>();

    /// <summary>The stable key of an item, e.g. "so2-24h", "pm25-1h", "o3-8h" (CLI flags, JSON).</summary>
    public static string Key(this AqiItem item) => item switch
    {
        AqiItem.So2Avg24h => "so2-24h",
        AqiItem.So2Avg1h => "so2-1h",
        AqiItem.No2Avg24h => "no2-24h",
        AqiItem.No2Avg1h => "no2-1h",
        AqiItem.Pm10Avg24h => "pm10-24h",
        AqiItem.Pm10Avg1h => "pm10-1h",
        AqiItem.CoAvg24h => "co-24h",
        AqiItem.CoAvg1h => "co-1h",
        AqiItem.O3Avg1h => "o3-1h",
        AqiItem.O3Avg8h => "o3-8h",
        AqiItem.Pm25Avg24h => "pm25-24h",
        AqiItem.Pm25Avg1h => "pm25-1h",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown AQI item."),
    };

    /// <summary>Parses a key such as "pm25-24h" (case-insensitive; a leading "--" is allowed).</summary>
    public static bool TryParse(string? key, out AqiItem item)
    {
        var trimmed = key is not null && key.StartsWith("--", StringComparison.Ordinal) ? key[2..] : key;
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Key(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                item = candidate;
                return true;
            }
        }

        item = default;
        return false;
    }

    /// <summary>The pollutant measured by an item.</summary>
    public static AqiPollutant Pollutant(this AqiItem item) => item switch
    {
        AqiItem.So2Avg24h or AqiItem.So2Avg1h => AqiPollutant.So2,
        AqiItem.No2Avg24h or AqiItem.No2Avg1h => AqiPollutant.No2,
        AqiItem.Pm10Avg24h or AqiItem.Pm10Avg1h => AqiPollutant.Pm10,
        AqiItem.CoAvg24h or AqiItem.CoAvg1h => AqiPollutant.Co,
        AqiItem.O3Avg1h or AqiItem.O3Avg8h => AqiPollutant.O3,
        AqiItem.Pm25Avg24h or AqiItem.Pm25Avg1h => AqiPollutant.Pm25,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown AQI item."),
    };

    /// <summary>The concentration unit of an item: "mg/m³" for CO, "μg/m³" otherwise.</summary>
    public static string Unit(this AqiItem item) => item.Pollutant().Unit();
}
