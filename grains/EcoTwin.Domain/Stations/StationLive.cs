using EcoTwin.Domain.Air;
using EcoTwin.Domain.Time;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Stations;

/// <summary>
/// The live state of a monitoring station: its factors, and for air stations the real-time AQI of
/// the latest finished hour and the daily AQI of the latest finished local day.
/// </summary>
public sealed class StationLive(FactorSet factors, bool isAir, string zone)
{
    /// <summary>The factors.</summary>
    public FactorSet Factors { get; } = factors;

    /// <summary>The real-time AQI of the latest finished hour (air stations).</summary>
    public AqiReading? HourlyAqi { get; private set; }

    /// <summary>The AQI of the latest finished local day (air stations).</summary>
    public AqiReading? DailyAqi { get; private set; }

    /// <summary>Applies the samples of one upload; returns the hours that finished.</summary>
    public IReadOnlyList<DateTimeOffset> Apply(IReadOnlyList<FactorSample> samples) => OnHoursFinished(Factors.Apply(samples));

    /// <summary>Finishes hours nobody sent data for; returns them.</summary>
    public IReadOnlyList<DateTimeOffset> CloseDue(DateTimeOffset now, TimeSpan grace) => OnHoursFinished(Factors.CloseDue(now, grace));

    /// <summary>The state at rest.</summary>
    public StationCheckpoint ToCheckpoint() => new(Factors.ToCheckpoint(), HourlyAqi, DailyAqi);

    /// <summary>Restores the state of a station.</summary>
    public static StationLive Restore(StationCheckpoint? checkpoint, bool isAir, string zone) =>
        new(FactorSet.Restore(checkpoint?.Factors), isAir, zone)
        {
            HourlyAqi = checkpoint?.HourlyAqi,
            DailyAqi = checkpoint?.DailyAqi,
        };

    private IReadOnlyList<DateTimeOffset> OnHoursFinished(IReadOnlyList<DateTimeOffset> hours)
    {
        if (!isAir)
        {
            return hours;
        }

        foreach (var hour in hours)
        {
            if (HourlyAqi is null || hour >= HourlyAqi.Period)
            {
                HourlyAqi = StationAqi.Hourly(Factors.ByCode, hour);
            }

            var dayStart = LocalDays.StartOf(hour, zone);
            if (hour.AddHours(1) == LocalDays.StartOf(hour.AddHours(1), zone) && (DailyAqi is null || dayStart >= DailyAqi.Period))
            {
                DailyAqi = StationAqi.Daily(Factors.ByCode, dayStart); // the day's last hour finished
            }
        }

        return hours;
    }
}
