using System.Collections.Immutable;
using EcoTwin.Domain.Text;

namespace EcoTwin.Contracts.Twins;

/// <summary>
/// The compact picture of one twin that the map, the table and every live view show; published on
/// every change that matters. <see cref="Version"/> rises with every change of this twin, so a
/// client applies a summary only when it is newer than the one it holds.
/// </summary>
/// <param name="Kind">The kind of twin.</param>
/// <param name="Key">Its key (station code, outlet MN, credit code, division code).</param>
/// <param name="Name">Its display name.</param>
/// <param name="SubKind">air/water/noise for stations, water/gas for outlets, industry for enterprises.</param>
/// <param name="DistrictCode">The district it lies in.</param>
/// <param name="Lon">Longitude, when it has a place.</param>
/// <param name="Lat">Latitude, when it has a place.</param>
/// <param name="Status">Its state.</param>
/// <param name="Aqi">The latest hourly AQI (air stations, districts, the city).</param>
/// <param name="AqiLevel">The AQI level 1-6.</param>
/// <param name="Primary">The primary pollutants.</param>
/// <param name="Values">The latest key values by factor code.</param>
/// <param name="LastHeardAt">When its device was last heard (UTC).</param>
/// <param name="OpenAlarms">How many alarms are open.</param>
/// <param name="Version">Rises with each change.</param>
/// <param name="Parent">The twin it belongs to: an outlet's enterprise (credit code); null otherwise.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.TwinSummary")]
public sealed record TwinSummary(
    [property: Id(0)] TwinKind Kind,
    [property: Id(1)] string Key,
    [property: Id(2)] string Name,
    [property: Id(3)] string? SubKind,
    [property: Id(4)] string? DistrictCode,
    [property: Id(5)] double? Lon,
    [property: Id(6)] double? Lat,
    [property: Id(7)] TwinStatus Status,
    [property: Id(8)] int? Aqi,
    [property: Id(9)] int? AqiLevel,
    [property: Id(10)] ImmutableArray<string> Primary,
    [property: Id(11)] ImmutableDictionary<string, double> Values,
    [property: Id(12)] DateTimeOffset? LastHeardAt,
    [property: Id(13)] int OpenAlarms,
    [property: Id(14)] long Version,
    [property: Id(15)] string? Parent = null)
{
    /// <summary>The id the UI and the hub use: kind/key in lower case kind, e.g. <c>station/32040200001</c>.</summary>
    public string Id => $"{LowerName.Of(Kind)}/{Key}";
}
