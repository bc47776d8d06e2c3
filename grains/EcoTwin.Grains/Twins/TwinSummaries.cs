using EcoTwin.Contracts.Twins;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Grains.Twins;

/// <summary>Helpers for <see cref="TwinSummary"/>.</summary>
public static class TwinSummaries
{
    /// <summary>Whether two summaries show the same (everything but the version; collections by content).</summary>
    public static bool SameContent(TwinSummary a, TwinSummary b) =>
        a.Kind == b.Kind && a.Key == b.Key && a.Name == b.Name && a.SubKind == b.SubKind && a.DistrictCode == b.DistrictCode
        && a.Lon == b.Lon && a.Lat == b.Lat && a.Status == b.Status && a.Aqi == b.Aqi && a.AqiLevel == b.AqiLevel
        && a.LastHeardAt == b.LastHeardAt && a.OpenAlarms == b.OpenAlarms && a.Parent == b.Parent
        && a.Primary.SequenceEqual(b.Primary)
        && a.Values.Count == b.Values.Count
        && a.Values.All(pair => b.Values.TryGetValue(pair.Key, out var value) && value.Equals(pair.Value));

    /// <summary>The status to show: offline over exceeding over fault over maintenance.</summary>
    public static TwinStatus StatusOf(bool online, bool exceeding, Domain.Quality.DataFlag? equipment) => (TwinStatus)(
        !online ? TwinState.Offline
        : exceeding ? TwinState.Exceeding
        : equipment == Domain.Quality.DataFlag.Fault ? TwinState.Fault
        : equipment is not null ? TwinState.Maintenance
        : TwinState.Normal);
}
