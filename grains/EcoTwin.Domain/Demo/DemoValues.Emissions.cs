namespace EcoTwin.Domain.Demo;

// The outlet model: flow follows the plant's working day; concentrations sit at a steady share of
// their limits (never above 97 % in normal running). About one outlet in seven misbehaves now and
// then: in an affected hour one limited factor runs at 1.1-1.5 times its limit (pH leaves 6-9).
public sealed partial class DemoValues
{
    private const double TroubledShare = 0.15;
    private const double EventsPerHour = 1.0 / 36;
    private const double NormalCeiling = 0.97;

    private static readonly (double Min, double Max) BoilerOxygen = (6, 9.5);

    private double Emission(DemoSource source, string industry, string factor, Moment at)
    {
        if (!source.Factors.Contains(factor))
        {
            throw UnknownFactor(factor, source.Mn);
        }

        var h = at.HourOfDay;
        var t = at.Hours;
        var mn = source.Mn;
        var profile = IndustryProfiles.Of(industry);
        var load = Load(profile, h) * (1 + (0.04 * DemoNoise.Smooth(Key(mn, "load"), t, 0.5)));
        var exceeding = ExceedingFactor(source, (long)Math.Floor(t));
        var eventSize = DemoNoise.Unit(Key(mn, "event-size"), (long)Math.Floor(t));

        switch (factor)
        {
            case "a00000":
                return Math.Round(DemoNoise.Between(Key(mn, "flow"), profile.FlowM3s.Min, profile.FlowM3s.Max) * load, 2);
            case "w00000":
                return Math.Round(DemoNoise.Between(Key(mn, "flow"), profile.FlowLs.Min, profile.FlowLs.Max) * load, 2);
            case "a19001":
                // Boilers burn with little excess air whatever the plant; the profile covers its process stacks.
                var boiler = source.NameZh.Contains("锅炉", StringComparison.Ordinal) || source.NameZh.Contains("碱回收炉", StringComparison.Ordinal);
                var (low, high) = boiler ? BoilerOxygen : profile.OxygenPercent;
                var o2 = ((low + high) / 2) + ((high - low) / 2 * ((0.5 * DemoNoise.Smooth(Key(mn, "o2"), t, 2)) + (0.3 * DemoNoise.Between(Key(mn, "o2-bias"), -1, 1))));
                return Math.Round(o2, 2);
            case "w01001":
                if (exceeding == factor)
                {
                    return Math.Round(eventSize < 0.5 ? source.Limits[factor] + 0.2 + eventSize : source.LowerLimits[factor] - 0.2 - (eventSize - 0.5), 2);
                }

                var ph = 7.3 + DemoNoise.Between(Key(mn, "ph-bias"), -0.5, 0.5) + (0.3 * DemoNoise.Smooth(Key(mn, "ph"), t, 2));
                return Math.Round(Math.Clamp(ph, source.LowerLimits[factor] + 0.2, source.Limits[factor] - 0.2), 2);
            default:
                if (!source.Limits.TryGetValue(factor, out var limit))
                {
                    throw UnknownFactor(factor, mn);
                }

                var lowShare = factor is "w21003" or "w21011";
                var decimals = lowShare ? 3 : 2;
                if (exceeding == factor)
                {
                    return Math.Round(limit * (1.1 + (0.4 * eventSize)), decimals);
                }

                var share = DemoNoise.Between(Key(mn, factor + "-share"), lowShare ? 0.1 : 0.25, lowShare ? 0.5 : 0.7);
                var drift = 1 + (0.15 * DemoNoise.Smooth(Key(mn, factor), t, 3)) + (0.05 * DemoNoise.Smooth(Key(mn, factor + "-fast"), t, 0.3));
                return Math.Round(limit * Math.Min(share * (0.85 + (0.15 * load)) * drift, NormalCeiling), decimals);
        }
    }

    /// <summary>The factor running over its limit in this hour, or null in normal running.</summary>
    private string? ExceedingFactor(DemoSource source, long hour)
    {
        if (DemoNoise.Unit(Key(source.Mn, "troubled")) >= TroubledShare || DemoNoise.Unit(Key(source.Mn, "event"), hour) >= EventsPerHour)
        {
            return null;
        }

        var limited = source.Limits.Keys.Order(StringComparer.Ordinal).ToArray();
        return limited[(int)(DemoNoise.Unit(Key(source.Mn, "event-factor"), hour) * limited.Length)];
    }

    // Share of full load by the hour: round the clock, or a day shift from 8:00 to 20:00.
    private static double Load(IndustryProfile profile, double h)
    {
        if (profile.Industry == DemoIndustries.SewageTreatment)
        {
            return 0.75 + (0.25 * DemoNoise.Bump(h, 11, 3)) + (0.15 * DemoNoise.Bump(h, 21, 3));
        }

        if (profile.Continuous)
        {
            return 0.9 + (0.08 * DemoNoise.Bump(h, 10, 4)) + (0.06 * DemoNoise.Bump(h, 19, 3));
        }

        var rampUp = Math.Clamp(h - 7.5, 0, 1);
        var rampDown = Math.Clamp(20.5 - h, 0, 1);
        return 0.35 + (0.65 * rampUp * rampDown);
    }
}
