using System.Collections.Immutable;
using EcoTwin.Contracts.Twins;
using EcoTwin.Storage.Twins;

namespace EcoTwin.Web.Twins;

/// <summary>Turns rows of the twins table into the summaries the API and the hub show.</summary>
public static class SummaryRecords
{
    /// <summary>The summary of <paramref name="record"/>.</summary>
    public static TwinSummary ToSummary(this SummaryRecord record) => new(
        Enum.Parse<TwinKind>(record.Kind, ignoreCase: true), record.Key, record.Name, record.SubKind, record.DistrictCode,
        record.Lon, record.Lat, Enum.Parse<TwinStatus>(record.Status, ignoreCase: true), record.Aqi, record.AqiLevel,
        [.. record.Primary], record.Values.ToImmutableDictionary(), record.LastHeardAt, record.OpenAlarms, record.Version, record.Parent);
}
