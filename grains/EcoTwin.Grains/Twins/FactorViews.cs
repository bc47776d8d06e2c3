using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Sources;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Grains.Twins;

/// <summary>Builds <see cref="FactorView"/>s from live factors.</summary>
public static class FactorViews
{
    /// <summary>The view of <paramref name="factor"/> with its limit, exceedance and today's total where they apply.</summary>
    public static FactorView Of(FactorLive factor, EmissionLimit? limit, bool exceeding, double? todayTotal)
    {
        var lastHourStart = factor.Hours.LatestHourStart;
        var converted = lastHourStart is { } h ? factor.ConvertedHours?.Get(h) : null;
        var lastHour = converted is { IsValid: true } ? converted.Value : lastHourStart is { } hour ? factor.Hours.Get(hour) : AveragedValue.Missing;
        return new FactorView(
            factor.Code, factor.Latest, factor.LatestFlag.Letter().ToString(), factor.LatestAt,
            lastHour.HasValue ? lastHour.Value : null, lastHourStart, lastHour.IsValid,
            limit?.Max, limit?.Min, exceeding, todayTotal);
    }
}
