using EcoTwin.Domain.Hj212;

namespace EcoTwin.Grains.Tests.Infrastructure;

/// <summary>HJ 212 data segments for twin tests, built with the platform's own encoder.</summary>
public static class Packets
{
    /// <summary>Beijing time, the zone devices' clocks are in.</summary>
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>A real-time (2011) upload at <paramref name="at"/> with (factor, value, flag) items.</summary>
    public static string RealTime(string mn, DateTimeOffset at, params (string Code, decimal Value, string Flag)[] factors) =>
        Upload(Hj212Codes.RealTimeData, "Rtd", mn, at, factors);

    /// <summary>A minute (2051) upload for the minute starting at <paramref name="at"/>.</summary>
    public static string Minute(string mn, DateTimeOffset at, params (string Code, decimal Value, string Flag)[] factors) =>
        Upload(Hj212Codes.MinuteData, "Avg", mn, at, factors);

    /// <summary>An hourly (2061) upload for the hour starting at <paramref name="at"/>.</summary>
    public static string Hourly(string mn, DateTimeOffset at, params (string Code, decimal Value, string Flag)[] factors) =>
        Upload(Hj212Codes.HourlyData, "Avg", mn, at, factors);

    private static string Upload(string cn, string suffix, string mn, DateTimeOffset at, (string Code, decimal Value, string Flag)[] factors)
    {
        var local = at.ToOffset(Beijing).DateTime;
        var items = factors.SelectMany(f => new[] { Hj212CpItem.Of(f.Code, suffix, f.Value), Hj212CpItem.Of(f.Code, "Flag", f.Flag) });
        return Hj212Encoder.EncodeSegment(Hj212Uploads.Upload(cn, local, "22", "123456", mn, local, items));
    }
}
