namespace EcoTwin.Domain.Hj212;

/// <summary>
/// Builds data uploads as a device sends them (for the device simulator): HJ 212-2017,
/// <c>CP=&amp;&amp;DataTime=...;a34004-Rtd=35,a34004-Flag=N;...&amp;&amp;</c>.
/// </summary>
/// <remarks>
/// DataTime is the device's local time: the sampling moment for real-time data, the start of the
/// interval for minute, hourly and daily data.
/// </remarks>
public static class Hj212Uploads
{
    /// <summary>2011 real-time data.</summary>
    public static Hj212Packet RealTime(DateTime qnTime, string st, string pw, string mn, DateTime dataTime, IEnumerable<Hj212CpItem> items, bool ackRequested = true) =>
        Upload(Hj212Codes.RealTimeData, qnTime, st, pw, mn, dataTime, items, ackRequested);

    /// <summary>2051 minute data; <paramref name="dataTime"/> is the start of the interval.</summary>
    public static Hj212Packet Minute(DateTime qnTime, string st, string pw, string mn, DateTime dataTime, IEnumerable<Hj212CpItem> items, bool ackRequested = true) =>
        Upload(Hj212Codes.MinuteData, qnTime, st, pw, mn, dataTime, items, ackRequested);

    /// <summary>2061 hourly data; <paramref name="dataTime"/> is the start of the hour.</summary>
    public static Hj212Packet Hourly(DateTime qnTime, string st, string pw, string mn, DateTime dataTime, IEnumerable<Hj212CpItem> items, bool ackRequested = true) =>
        Upload(Hj212Codes.HourlyData, qnTime, st, pw, mn, dataTime, items, ackRequested);

    /// <summary>2031 daily data; <paramref name="dataTime"/> is the start of the day.</summary>
    public static Hj212Packet Daily(DateTime qnTime, string st, string pw, string mn, DateTime dataTime, IEnumerable<Hj212CpItem> items, bool ackRequested = true) =>
        Upload(Hj212Codes.DailyData, qnTime, st, pw, mn, dataTime, items, ackRequested);

    /// <summary>Any upload: QN from <paramref name="qnTime"/>, Flag 5 (ack wanted) or 4, DataTime first, then the items.</summary>
    public static Hj212Packet Upload(string cn, DateTime qnTime, string st, string pw, string mn, DateTime dataTime, IEnumerable<Hj212CpItem> items, bool ackRequested = true)
    {
        ArgumentNullException.ThrowIfNull(items);
        var cp = new List<Hj212CpItem> { new("DataTime", Hj212Time.Format(dataTime)) };
        cp.AddRange(items);
        return new Hj212Packet { Qn = Hj212Time.FormatQn(qnTime), St = st, Cn = cn, Pw = pw, Mn = mn, Flag = ackRequested ? 5 : 4, Cp = cp };
    }
}
