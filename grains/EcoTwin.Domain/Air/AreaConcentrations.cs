using EcoTwin.Domain.Stations;

namespace EcoTwin.Domain.Air;

/// <summary>
/// The hourly concentrations of an area (a district, the city) as HJ 633/HJ 663 build them: for
/// each of the six AQI pollutants, the arithmetic mean of the area's air stations' valid hourly
/// averages of one hour, <see cref="Period"/> (the newest hour any station finished). The area's
/// AQI is the real-time AQI of those means, not a mean of the stations' AQIs. A station that has
/// not finished that hour yet does not count for it. Sums, not means, are kept, so areas merge
/// exactly: the city's means are over all its stations, not a mean of district means.
/// </summary>
/// <param name="Period">The hour (UTC start); null when no station has a valid hourly value.</param>
/// <param name="Sums">Sum and count per factor code, for the hour <paramref name="Period"/>.</param>
public sealed record AreaConcentrations(DateTimeOffset? Period, IReadOnlyDictionary<string, PollutantSum> Sums)
{
    /// <summary>The six pollutants of the real-time AQI, by HJ 212 factor code.</summary>
    public static readonly IReadOnlyList<string> Factors =
        [StationAqi.So2, StationAqi.No2, StationAqi.Pm10, StationAqi.Co, StationAqi.O3, StationAqi.Pm25];

    /// <summary>No concentrations.</summary>
    public static AreaConcentrations Empty { get; } = new(null, new Dictionary<string, PollutantSum>());

    /// <summary>The area average per factor code.</summary>
    public IReadOnlyDictionary<string, double> Means => Sums.ToDictionary(pair => pair.Key, pair => pair.Value.Mean, StringComparer.Ordinal);

    /// <summary>
    /// The concentrations of stations' latest valid hourly values, each value one station's (a
    /// station gives at most one value per factor). Factors other than the six are ignored.
    /// </summary>
    public static AreaConcentrations Of(IEnumerable<StationHourValue> values)
    {
        var relevant = values.Where(v => Factors.Contains(v.Factor) && double.IsFinite(v.Value) && v.Value >= 0).ToList();
        if (relevant.Count == 0)
        {
            return Empty;
        }

        var period = relevant.Max(v => v.HourStart);
        var sums = relevant.Where(v => v.HourStart == period)
            .GroupBy(v => v.Factor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PollutantSum(g.Sum(v => v.Value), g.Count()), StringComparer.Ordinal);
        return new AreaConcentrations(period, sums);
    }

    /// <summary>The concentrations of a larger area from its parts: the parts of the newest hour, summed.</summary>
    public static AreaConcentrations Merge(IEnumerable<AreaConcentrations> parts)
    {
        var current = parts.Where(p => p.Period is not null).ToList();
        if (current.Count == 0)
        {
            return Empty;
        }

        var period = current.Max(p => p.Period);
        var sums = current.Where(p => p.Period == period)
            .SelectMany(p => p.Sums)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PollutantSum(g.Sum(p => p.Value.Sum), g.Sum(p => p.Value.Count)), StringComparer.Ordinal);
        return new AreaConcentrations(period, sums);
    }

    /// <summary>The real-time AQI of the area's means; null when there is no hour.</summary>
    public AqiReading? Aqi()
    {
        if (Period is not { } period)
        {
            return null;
        }

        decimal? Mean(string factor) => Sums.TryGetValue(factor, out var sum) ? (decimal)Math.Round(sum.Mean, 6) : null;
        var concentrations = new RealTimeConcentrations(
            Mean(StationAqi.So2), Mean(StationAqi.No2), Mean(StationAqi.Pm10), Mean(StationAqi.Co), Mean(StationAqi.O3), Mean(StationAqi.Pm25));
        return AqiReading.Of(period, AqiCalculator.RealTime(concentrations));
    }
}
