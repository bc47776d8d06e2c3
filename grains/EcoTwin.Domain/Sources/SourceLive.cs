using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Time;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Sources;

/// <summary>
/// The live state of a discharge outlet: its factors, which of them exceed their limits on the
/// latest valid hourly average (converted values where the device sends them), and today's
/// emission totals from the hourly cumulative amounts (Cou).
/// </summary>
public sealed class SourceLive(FactorSet factors, string zone)
{
    private readonly Dictionary<string, Exceedance> _exceeding = new(StringComparer.Ordinal);

    /// <summary>The factors.</summary>
    public FactorSet Factors { get; } = factors;

    /// <summary>Factors exceeding their limits now, by code.</summary>
    public IReadOnlyDictionary<string, Exceedance> Exceeding => _exceeding;

    /// <summary>Applies the samples of one upload against <paramref name="limits"/>; returns the hours that finished.</summary>
    public IReadOnlyList<DateTimeOffset> Apply(IReadOnlyList<FactorSample> samples, IReadOnlyDictionary<string, EmissionLimit> limits)
    {
        var hours = Factors.Apply(samples);
        Judge(hours, limits);
        return hours;
    }

    /// <summary>Finishes hours nobody sent data for against <paramref name="limits"/>; returns them.</summary>
    public IReadOnlyList<DateTimeOffset> CloseDue(DateTimeOffset now, TimeSpan grace, IReadOnlyDictionary<string, EmissionLimit> limits)
    {
        var hours = Factors.CloseDue(now, grace);
        Judge(hours, limits);
        return hours;
    }

    /// <summary>Re-judges the latest hour of every factor after the limits changed; true when the exceedances changed.</summary>
    public bool Rejudge(IReadOnlyDictionary<string, EmissionLimit> limits)
    {
        var before = _exceeding.Values.OrderBy(e => e.Factor, StringComparer.Ordinal).ToList();
        var latest = Factors.ByCode.Values.Select(f => f.Hours.LatestHourStart).OfType<DateTimeOffset>().Distinct().Order().ToList();
        _exceeding.Clear();
        Judge(latest, limits);
        return !before.SequenceEqual(_exceeding.Values.OrderBy(e => e.Factor, StringComparer.Ordinal));
    }

    /// <summary>The emission totals (sum of hourly Cou) of the local day containing <paramref name="now"/>, by factor.</summary>
    public IReadOnlyDictionary<string, double> TodaysEmissions(DateTimeOffset now)
    {
        var dayStart = LocalDays.StartOf(now, zone);
        var totals = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var factor in Factors.ByCode.Values)
        {
            if (factor.CumulativeHours is not { } hours)
            {
                continue;
            }

            var sum = 0.0;
            for (var h = 0; h < 24; h++)
            {
                var value = hours.Get(dayStart.AddHours(h));
                sum += value.HasValue ? value.Value : 0;
            }

            totals[factor.Code] = sum;
        }

        return totals;
    }

    /// <summary>The worst equipment flag among the factors' latest values: D (fault) over M/C (maintenance, calibration).</summary>
    public DataFlag? EquipmentFlag
    {
        get
        {
            var flags = Factors.ByCode.Values.Select(f => f.LatestFlag).ToHashSet();
            return new[] { DataFlag.Fault, DataFlag.Maintenance, DataFlag.Calibration }.Cast<DataFlag?>().FirstOrDefault(f => flags.Contains(f!.Value));
        }
    }

    /// <summary>The state at rest.</summary>
    public SourceCheckpoint ToCheckpoint() => new(Factors.ToCheckpoint(), [.. _exceeding.Values.OrderBy(e => e.Factor, StringComparer.Ordinal)]);

    /// <summary>Restores the state of an outlet.</summary>
    public static SourceLive Restore(SourceCheckpoint? checkpoint, string zone)
    {
        var live = new SourceLive(FactorSet.Restore(checkpoint?.Factors), zone);
        foreach (var exceedance in checkpoint?.Exceeding ?? [])
        {
            live._exceeding[exceedance.Factor] = exceedance;
        }

        return live;
    }

    private bool Judge(IReadOnlyList<DateTimeOffset> hours, IReadOnlyDictionary<string, EmissionLimit> limits)
    {
        var changed = false;
        foreach (var hour in hours)
        {
            foreach (var (code, limit) in limits)
            {
                if (!Factors.ByCode.TryGetValue(code, out var factor))
                {
                    continue;
                }

                var converted = factor.ConvertedHours?.Get(hour);
                var value = converted is { IsValid: true } ? converted.Value : factor.Hours.Get(hour);
                if (!value.IsValid || (_exceeding.TryGetValue(code, out var known) && known.HourStart > hour))
                {
                    continue; // an invalid hour decides nothing; an older hour does not overrule a newer one
                }

                changed |= limit.IsExceededBy(value.Value)
                    ? Set(new Exceedance(code, hour, value.Value, limit))
                    : _exceeding.Remove(code);
            }
        }

        return changed;
    }

    private bool Set(Exceedance exceedance)
    {
        var isNew = !_exceeding.TryGetValue(exceedance.Factor, out var previous) || previous != exceedance;
        _exceeding[exceedance.Factor] = exceedance;
        return isNew;
    }
}
