using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Air;
using EcoTwin.Grains.Twins;

namespace EcoTwin.Grains.Rollups;

/// <summary>Shows an area's concentrations and their AQI.</summary>
public static class AreaAir
{
    /// <summary>The view of <paramref name="air"/>: its AQI, the averages rounded to 0.01, and the number of stations.</summary>
    public static AreaAqiView View(AreaConcentrations air) => air.Period is null
        ? AreaAqiView.None
        : new AreaAqiView(
            AqiViews.Of(air.Aqi()),
            air.Means.ToImmutableDictionary(pair => pair.Key, pair => Math.Round(pair.Value, 2)),
            air.Sums.Values.Select(s => s.Count).DefaultIfEmpty(0).Max());
}
