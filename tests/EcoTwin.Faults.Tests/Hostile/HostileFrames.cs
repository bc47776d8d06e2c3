using System.Globalization;
using System.Text;
using EcoTwin.Client.Simulation;

namespace EcoTwin.Faults.Tests.Hostile;

/// <summary>Frames of the hostile clients' registered devices: short real-time uploads asking for an answer, unique QNs.</summary>
public sealed class HostileFrames(string mn)
{
    private static long _clock = new DateTime(2026, 11, 25, 8, 0, 0).Ticks;
    private readonly UploadTemplate _template = new("22", "2011", "123456", mn);

    /// <summary>The device's MN.</summary>
    public string Mn { get; } = mn;

    /// <summary>The next frame, with a QN no other hostile frame had.</summary>
    public byte[] Next()
    {
        var at = new DateTime(Interlocked.Add(ref _clock, TimeSpan.TicksPerMillisecond));
        var qn = at.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        return _template.Frame(Encoding.ASCII.GetBytes(qn), Encoding.ASCII.GetBytes($"DataTime={at:yyyyMMddHHmmss};a34004-Rtd=1"));
    }
}
