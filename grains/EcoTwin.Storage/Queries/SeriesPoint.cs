namespace EcoTwin.Storage.Queries;

/// <summary>One point of a readings series.</summary>
public sealed record SeriesPoint(DateTimeOffset Time, double? Value, string Flag, bool Valid);
