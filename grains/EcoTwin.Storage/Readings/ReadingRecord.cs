namespace EcoTwin.Storage.Readings;

/// <summary>One row of the readings table.</summary>
public sealed record ReadingRecord(string Kind, string Key, string Factor, string Interval, DateTimeOffset Time, double? Value, char Flag, bool Valid)
{
    /// <summary>The interval of a value as uploaded (the others are averages: hour, day).</summary>
    public const string RawInterval = "raw";
}
