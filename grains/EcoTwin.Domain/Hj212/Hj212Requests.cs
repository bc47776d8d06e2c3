using System.Globalization;

namespace EcoTwin.Domain.Hj212;

/// <summary>
/// Builds the platform's requests to a device (HJ 212-2017, Flag=5: ack wanted). The QN's time is
/// given by the caller; the device answers with 9011 and 9012 carrying the same QN.
/// </summary>
public static class Hj212Requests
{
    /// <summary>The smallest real-time interval the standard allows, in seconds.</summary>
    public const int MinRealTimeIntervalSeconds = 30;

    /// <summary>The largest real-time interval the standard allows, in seconds.</summary>
    public const int MaxRealTimeIntervalSeconds = 3600;

    /// <summary>
    /// 1012 set the site's time: <c>CP=&amp;&amp;[PolId=w01018;]SystemTime=yyyyMMddHHmmss&amp;&amp;</c>. With a
    /// factor code, the time of that instrument is set; without, the data collector's.
    /// </summary>
    public static Hj212Packet SetSystemTime(DateTime qnTime, string st, string pw, string mn, DateTime systemTime, string? polId = null)
    {
        var cp = new List<Hj212CpItem>();
        if (polId is not null)
        {
            cp.Add(new Hj212CpItem("PolId", polId));
        }

        cp.Add(new Hj212CpItem("SystemTime", Hj212Time.Format(systemTime)));
        return Request(qnTime, st, Hj212Codes.SetSystemTime, pw, mn, cp);
    }

    /// <summary>1062 set the real-time data interval: <c>CP=&amp;&amp;RtdInterval=30&amp;&amp;</c> (30 to 3600 seconds).</summary>
    public static Hj212Packet SetRealTimeInterval(DateTime qnTime, string st, string pw, string mn, int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, MinRealTimeIntervalSeconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seconds, MaxRealTimeIntervalSeconds);
        var interval = new Hj212CpItem("RtdInterval", seconds.ToString(CultureInfo.InvariantCulture));
        return Request(qnTime, st, Hj212Codes.SetRealTimeInterval, pw, mn, [interval]);
    }

    private static Hj212Packet Request(DateTime qnTime, string st, string cn, string pw, string mn, List<Hj212CpItem> cp) =>
        new() { Qn = Hj212Time.FormatQn(qnTime), St = st, Cn = cn, Pw = pw, Mn = mn, Flag = 5, Cp = cp };
}
