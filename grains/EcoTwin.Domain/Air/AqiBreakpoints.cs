namespace EcoTwin.Domain.Air;

/// <summary>
/// The breakpoint table of HJ 633-2012 table 1: for every item, the concentrations at which the
/// IAQI is 0, 50, 100, 150, 200, 300, 400 and 500. SO2 1 h stops at 800 (IAQI 200) and O3 8 h
/// at 800 (IAQI 300); above those the item is not indexed on its own scale.
/// </summary>
public static class AqiBreakpoints
{
    /// <summary>The IAQI values at the breakpoints: 0, 50, 100, 150, 200, 300, 400, 500.</summary>
    public static IReadOnlyList<int> IaqiSteps { get; } = [0, 50, 100, 150, 200, 300, 400, 500];

    /// <summary>The highest IAQI: concentrations above the last breakpoint of a full scale index as 500.</summary>
    public const int MaxIaqi = 500;

    private static readonly decimal[] So2Avg24h = [0, 50, 150, 475, 800, 1600, 2100, 2620];
    private static readonly decimal[] So2Avg1h = [0, 150, 500, 650, 800];
    private static readonly decimal[] No2Avg24h = [0, 40, 80, 180, 280, 565, 750, 940];
    private static readonly decimal[] No2Avg1h = [0, 100, 200, 700, 1200, 2340, 3090, 3840];
    private static readonly decimal[] Pm10Avg24h = [0, 50, 150, 250, 350, 420, 500, 600];
    private static readonly decimal[] CoAvg24h = [0, 2, 4, 14, 24, 36, 48, 60];
    private static readonly decimal[] CoAvg1h = [0, 5, 10, 35, 60, 90, 120, 150];
    private static readonly decimal[] O3Avg1h = [0, 160, 200, 300, 400, 800, 1000, 1200];
    private static readonly decimal[] O3Avg8h = [0, 100, 160, 215, 265, 800];
    private static readonly decimal[] Pm25Avg24h = [0, 35, 75, 115, 150, 250, 350, 500];

    /// <summary>
    /// The breakpoint concentrations of an item, matching <see cref="IaqiSteps"/> position by
    /// position (5 entries for SO2 1 h, 6 for O3 8 h, 8 for the others). PM 1 h items return the
    /// PM 24 h rows.
    /// </summary>
    public static IReadOnlyList<decimal> For(AqiItem item) => Row(item);

    /// <summary>
    /// True when the item's scale ends before IAQI 500 (SO2 1 h, O3 8 h): concentrations above
    /// its last breakpoint are not indexed on that scale instead of being capped at 500.
    /// </summary>
    public static bool IsTruncated(AqiItem item) => Row(item).Length < IaqiSteps.Count;

    internal static decimal[] Row(AqiItem item) => item switch
    {
        AqiItem.So2Avg24h => So2Avg24h,
        AqiItem.So2Avg1h => So2Avg1h,
        AqiItem.No2Avg24h => No2Avg24h,
        AqiItem.No2Avg1h => No2Avg1h,
        AqiItem.Pm10Avg24h or AqiItem.Pm10Avg1h => Pm10Avg24h,
        AqiItem.CoAvg24h => CoAvg24h,
        AqiItem.CoAvg1h => CoAvg1h,
        AqiItem.O3Avg1h => O3Avg1h,
        AqiItem.O3Avg8h => O3Avg8h,
        AqiItem.Pm25Avg24h or AqiItem.Pm25Avg1h => Pm25Avg24h,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown AQI item."),
    };
}
