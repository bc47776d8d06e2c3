using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Twins;

/// <summary>An <see cref="HourlySeries"/> at rest: its newest hour and its values, oldest first.</summary>
public sealed record SeriesCheckpoint(DateTimeOffset LatestHourStart, AveragedValue[] OldestFirst);
