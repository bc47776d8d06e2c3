namespace EcoTwin.Storage.Twins;

/// <summary>One row of the twins table: the latest summary of a twin.</summary>
public sealed record SummaryRecord(
    string Kind,
    string Key,
    string Name,
    string? SubKind,
    string? DistrictCode,
    double? Lon,
    double? Lat,
    string Status,
    int? Aqi,
    int? AqiLevel,
    string[] Primary,
    IReadOnlyDictionary<string, double> Values,
    DateTimeOffset? LastHeardAt,
    int OpenAlarms,
    long Version,
    string? Parent);
