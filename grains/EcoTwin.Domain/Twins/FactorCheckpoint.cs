using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Twins;

/// <summary>A <see cref="FactorLive"/> at rest, for a twin's checkpoint.</summary>
public sealed record FactorCheckpoint(
    string Code,
    double? Latest,
    double? LatestConverted,
    DataFlag LatestFlag,
    DateTimeOffset? LatestAt,
    bool MinuteFed,
    HourlyAccumulator? Building,
    HourlyAccumulator? BuildingConverted,
    SeriesCheckpoint? Hours,
    SeriesCheckpoint? ConvertedHours,
    SeriesCheckpoint? CumulativeHours,
    long Refused);
