namespace EcoTwin.Grains.Twins;

/// <summary>The intervals of the readings history (the <c>interval</c> of the series API).</summary>
public enum ReadingInterval
{
    /// <summary>Each value as uploaded (real-time or minute data).</summary>
    Raw = 0,

    /// <summary>Hourly averages.</summary>
    Hour = 1,

    /// <summary>Daily averages.</summary>
    Day = 2,
}
