namespace EcoTwin.Domain.Twins;

/// <summary>Which upload a sample came from (HJ 212 CN).</summary>
public enum SampleKind
{
    /// <summary>Real-time data (2011): Rtd at the moment of sampling.</summary>
    RealTime,

    /// <summary>Minute data (2051): Avg of the minute (or interval) starting at DataTime.</summary>
    Minute,

    /// <summary>Hourly data (2061): Avg of the hour starting at DataTime.</summary>
    Hour,

    /// <summary>Daily data (2031): Avg of the day starting at DataTime.</summary>
    Day,
}
