namespace EcoTwin.Storage.Readings;

/// <summary>One row of the readings table.</summary>
public sealed record ReadingRecord(string Kind, string Key, string Factor, string Interval, DateTimeOffset Time, double? Value, char Flag, bool Valid);
