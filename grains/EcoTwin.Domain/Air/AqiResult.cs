namespace EcoTwin.Domain.Air;

/// <summary>
/// The outcome of an AQI calculation: the AQI with its level, category and colour, the primary
/// pollutants, the IAQI of every indexed item, and what could not be indexed or was missing.
/// </summary>
public sealed class AqiResult
{
    internal AqiResult(IReadOnlyList<IaqiEntry> iaqi, IReadOnlyList<AqiItem> notIndexed, IReadOnlyList<AqiItem> missing)
    {
        Iaqi = iaqi;
        NotIndexed = notIndexed;
        Missing = missing;
        if (iaqi.Count > 0)
        {
            var aqi = iaqi.Max(e => e.Value);
            Aqi = aqi;
            Category = AqiCategory.ForAqi(aqi);
            PrimaryPollutants = aqi > 50 ? Pollutants(iaqi.Where(e => e.Value == aqi)) : [];
        }
        else
        {
            PrimaryPollutants = [];
        }

        OverStandard = Pollutants(iaqi.Where(e => e.IsOverStandard));
    }

    /// <summary>The AQI, the largest IAQI; null when no item could be indexed.</summary>
    public int? Aqi { get; }

    /// <summary>The level, 1 to 6; null when there is no AQI.</summary>
    public int? Level => Category?.Level;

    /// <summary>The category (level, Chinese and English names, colour); null when there is no AQI.</summary>
    public AqiCategory? Category { get; }

    /// <summary>
    /// The primary pollutants (首要污染物): when AQI &gt; 50, every pollutant whose IAQI equals the
    /// AQI, in <see cref="AqiPollutant"/> order; empty when AQI ≤ 50 or there is no AQI.
    /// </summary>
    public IReadOnlyList<AqiPollutant> PrimaryPollutants { get; }

    /// <summary>The display names of <see cref="PrimaryPollutants"/> ("PM2.5", "O3", ...).</summary>
    public IReadOnlyList<string> PrimaryNames => [.. PrimaryPollutants.Select(p => p.DisplayName())];

    /// <summary>The pollutants over the standard (超标污染物): any of their IAQIs &gt; 100.</summary>
    public IReadOnlyList<AqiPollutant> OverStandard { get; }

    /// <summary>The IAQI of every indexed item, in <see cref="AqiItem"/> order.</summary>
    public IReadOnlyList<IaqiEntry> Iaqi { get; }

    /// <summary>
    /// Items that were given but are not indexed on their own scale: SO2 1 h above 800 and O3 8 h
    /// above 800. Their pollutant is indexed by the stand-in item when it was given.
    /// </summary>
    public IReadOnlyList<AqiItem> NotIndexed { get; }

    /// <summary>
    /// Items the calculation needed but did not get: for the real-time and daily entry points the
    /// absent inputs of that report; for every entry point the stand-in of a
    /// <see cref="NotIndexed"/> item when it was absent.
    /// </summary>
    public IReadOnlyList<AqiItem> Missing { get; }

    /// <summary>The IAQI of an item, or null when it was not indexed.</summary>
    public int? IaqiOf(AqiItem item)
    {
        foreach (var entry in Iaqi)
        {
            if (entry.Item == item)
            {
                return entry.Value;
            }
        }

        return null;
    }

    private static AqiPollutant[] Pollutants(IEnumerable<IaqiEntry> entries) =>
        [.. entries.Select(e => e.Pollutant).Distinct().Order()];
}
