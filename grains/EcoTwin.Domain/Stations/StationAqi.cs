using EcoTwin.Domain.Air;
using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Stations;

/// <summary>The AQIs of an air station from its factors' hourly values (HJ 633).</summary>
public static class StationAqi
{
    /// <summary>PM2.5.</summary>
    public const string Pm25 = "a34004";

    /// <summary>PM10.</summary>
    public const string Pm10 = "a34002";

    /// <summary>SO2.</summary>
    public const string So2 = "a21026";

    /// <summary>NO2.</summary>
    public const string No2 = "a21004";

    /// <summary>CO.</summary>
    public const string Co = "a21005";

    /// <summary>O3.</summary>
    public const string O3 = "a05024";

    /// <summary>The real-time AQI of the hour starting at <paramref name="hourStart"/>.</summary>
    public static AqiReading Hourly(IReadOnlyDictionary<string, FactorLive> factors, DateTimeOffset hourStart)
    {
        decimal? Hour(string code) => factors.TryGetValue(code, out var f) ? f.Hours.Get(hourStart).ValidDecimal : null;
        var so2Day = factors.TryGetValue(So2, out var so2) ? so2.Hours.DailyAverage(hourStart.AddHours(-23)).ValidDecimal : null;
        var result = AqiCalculator.RealTime(new RealTimeConcentrations(Hour(So2), Hour(No2), Hour(Pm10), Hour(Co), Hour(O3), Hour(Pm25), so2Day));
        return AqiReading.Of(hourStart, result);
    }

    /// <summary>The daily AQI of the local day starting at <paramref name="dayStart"/>.</summary>
    public static AqiReading Daily(IReadOnlyDictionary<string, FactorLive> factors, DateTimeOffset dayStart)
    {
        decimal? Day(string code) => factors.TryGetValue(code, out var f) ? f.Hours.DailyAverage(dayStart).ValidDecimal : null;
        decimal? o3Max1h = null;
        decimal? o3Max8h = null;
        if (factors.TryGetValue(O3, out var o3))
        {
            o3Max1h = MaxValidHour(o3.Hours, dayStart);
            o3Max8h = o3.Hours.DailyMaxEightHour(dayStart).ValidDecimal;
        }

        var result = AqiCalculator.Daily(new DailyConcentrations(Day(So2), Day(No2), Day(Pm10), Day(Co), o3Max1h, o3Max8h, Day(Pm25)));
        return AqiReading.Of(dayStart, result);
    }

    private static decimal? MaxValidHour(HourlySeries hours, DateTimeOffset dayStart)
    {
        decimal? max = null;
        for (var h = 0; h < 24; h++)
        {
            if (hours.Get(dayStart.AddHours(h)).ValidDecimal is { } value && (max is null || value > max))
            {
                max = value;
            }
        }

        return max;
    }
}
