namespace EcoTwin.Domain.Air;

/// <summary>
/// The air quality index of HJ 633-2012: IAQI per item, AQI = max IAQI, primary pollutants,
/// level and category. Three entry points: <see cref="RealTime"/> (hourly report),
/// <see cref="Daily"/> (daily report) and <see cref="Calculate"/> (any subset, e.g. for a CLI).
/// </summary>
public static class AqiCalculator
{
    /// <summary>
    /// The real-time (hourly) AQI from 1-hour averages. SO2, NO2 and CO use their 1 h scales,
    /// O3 its 1 h scale, PM10 and PM2.5 their 24 h scales (see <see cref="AqiItem"/>). An SO2
    /// 1-hour value above 800 is not indexed; the SO2 24-hour value is indexed instead when given.
    /// The O3 8-hour moving average is published beside the real-time report but is not one of
    /// its IAQIs, so it is not an input here.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A concentration is negative.</exception>
    public static AqiResult RealTime(RealTimeConcentrations concentrations)
    {
        ArgumentNullException.ThrowIfNull(concentrations);
        var builder = new Builder();
        builder.Expect(AqiItem.So2Avg1h, concentrations.So2);
        builder.Expect(AqiItem.No2Avg1h, concentrations.No2);
        builder.Expect(AqiItem.Pm10Avg1h, concentrations.Pm10);
        builder.Expect(AqiItem.CoAvg1h, concentrations.Co);
        builder.Expect(AqiItem.O3Avg1h, concentrations.O3);
        builder.Expect(AqiItem.Pm25Avg1h, concentrations.Pm25);
        if (builder.IsNotIndexed(AqiItem.So2Avg1h))
        {
            builder.Expect(AqiItem.So2Avg24h, concentrations.So2Avg24h);
        }
        else
        {
            Check(AqiItem.So2Avg24h, concentrations.So2Avg24h);
        }

        return builder.Build();
    }

    /// <summary>
    /// The daily AQI from 24-hour averages (SO2, NO2, PM10, CO, PM2.5), the day's maximum O3
    /// 1-hour average and maximum O3 8-hour moving average. An O3 8-hour value above 800 is not
    /// indexed; the O3 1-hour value stands for O3.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A concentration is negative.</exception>
    public static AqiResult Daily(DailyConcentrations concentrations)
    {
        ArgumentNullException.ThrowIfNull(concentrations);
        var builder = new Builder();
        builder.Expect(AqiItem.So2Avg24h, concentrations.So2);
        builder.Expect(AqiItem.No2Avg24h, concentrations.No2);
        builder.Expect(AqiItem.Pm10Avg24h, concentrations.Pm10);
        builder.Expect(AqiItem.CoAvg24h, concentrations.Co);
        builder.Expect(AqiItem.O3Avg1h, concentrations.O3Max1h);
        builder.Expect(AqiItem.O3Avg8h, concentrations.O3Max8h);
        builder.Expect(AqiItem.Pm25Avg24h, concentrations.Pm25);
        return builder.Build();
    }

    /// <summary>
    /// The AQI of any subset of items, each indexed on its own scale (the CLI's
    /// <c>ecotwin aqi --so2-24h ... --o3-8h ...</c>). The two special rules apply: SO2 1 h above
    /// 800 and O3 8 h above 800 are not indexed, and their stand-ins (SO2 24 h, O3 1 h) are listed
    /// in <see cref="AqiResult.Missing"/> when not given. Nothing else counts as missing.
    /// </summary>
    public static AqiResult Calculate(AqiConcentrations concentrations)
    {
        ArgumentNullException.ThrowIfNull(concentrations);
        var builder = new Builder();
        foreach (var item in concentrations.Items)
        {
            builder.Add(item, concentrations[item]!.Value);
        }

        builder.RequireStandIns(concentrations);
        return builder.Build();
    }

    private static void Check(AqiItem item, decimal? value)
    {
        var error = value is { } v ? AqiConcentrations.Validate(item, v) : null;
        if (error is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, error);
        }
    }

    private sealed class Builder
    {
        private readonly List<IaqiEntry> _iaqi = [];
        private readonly List<AqiItem> _notIndexed = [];
        private readonly List<AqiItem> _missing = [];

        public void Expect(AqiItem item, decimal? value)
        {
            if (value is { } v)
            {
                Add(item, v);
            }
            else
            {
                _missing.Add(item);
            }
        }

        public void Add(AqiItem item, decimal value)
        {
            Check(item, value);
            if (Iaqi.Compute(item, value) is { } iaqi)
            {
                _iaqi.Add(new IaqiEntry(item, value, iaqi));
            }
            else
            {
                _notIndexed.Add(item);
            }
        }

        public bool IsNotIndexed(AqiItem item) => _notIndexed.Contains(item);

        public void RequireStandIns(AqiConcentrations given)
        {
            if (IsNotIndexed(AqiItem.So2Avg1h) && given[AqiItem.So2Avg24h] is null)
            {
                _missing.Add(AqiItem.So2Avg24h);
            }

            if (IsNotIndexed(AqiItem.O3Avg8h) && given[AqiItem.O3Avg1h] is null)
            {
                _missing.Add(AqiItem.O3Avg1h);
            }
        }

        public AqiResult Build() => new(
            [.. _iaqi.OrderBy(e => e.Item)],
            [.. _notIndexed.Order()],
            [.. _missing.Distinct().Order()]);
    }
}
