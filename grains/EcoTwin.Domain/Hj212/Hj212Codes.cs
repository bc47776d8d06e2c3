namespace EcoTwin.Domain.Hj212;

/// <summary>System and command codes the codec's builders use (HJ 212-2017 tables 5 and 9).</summary>
public static class Hj212Codes
{
    /// <summary>ST of interaction packets (responses): system interaction.</summary>
    public const string SystemInteraction = "91";

    /// <summary>CN 1012: set the site's time (platform to device).</summary>
    public const string SetSystemTime = "1012";

    /// <summary>CN 1062: set the real-time data interval (platform to device).</summary>
    public const string SetRealTimeInterval = "1062";

    /// <summary>CN 2011: real-time data upload.</summary>
    public const string RealTimeData = "2011";

    /// <summary>CN 2051: minute data upload.</summary>
    public const string MinuteData = "2051";

    /// <summary>CN 2061: hourly data upload.</summary>
    public const string HourlyData = "2061";

    /// <summary>CN 2031: daily data upload.</summary>
    public const string DailyData = "2031";

    /// <summary>CN 9011: request response (device to platform, CP QnRtn).</summary>
    public const string RequestResponse = "9011";

    /// <summary>CN 9012: execution result (device to platform, CP ExeRtn).</summary>
    public const string ExecutionResult = "9012";

    /// <summary>CN 9013: notification response (both directions).</summary>
    public const string NotificationResponse = "9013";

    /// <summary>CN 9014: data response to an upload that asks for one (both directions).</summary>
    public const string DataResponse = "9014";
}
