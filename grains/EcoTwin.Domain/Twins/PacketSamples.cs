using EcoTwin.Domain.Codes;
using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Time;

namespace EcoTwin.Domain.Twins;

/// <summary>Turns a data upload (2011, 2051, 2061, 2031) into the factor samples a twin applies.</summary>
public static class PacketSamples
{
    /// <summary>
    /// The samples of <paramref name="packet"/>, timed in UTC from its DataTime on a clock in
    /// <paramref name="zone"/>. Other commands, and uploads without a DataTime, give none.
    /// 2005 short factor codes are mapped to their 2017 codes.
    /// </summary>
    public static IReadOnlyList<FactorSample> Extract(Hj212Packet packet, string zone)
    {
        var kind = KindOf(packet.Cn);
        if (kind is null || packet.DataTime is not { } local)
        {
            return [];
        }

        var time = DeviceClock.ToUtc(local, zone);
        var factors = packet.GetFactors();
        var samples = new List<FactorSample>(factors.Count);
        foreach (var factor in factors)
        {
            var value = kind == SampleKind.RealTime ? factor.GetDouble("Rtd") : factor.GetDouble("Avg");
            var converted = kind == SampleKind.RealTime ? factor.GetDouble("ZsRtd") : factor.GetDouble("ZsAvg");
            var cumulative = factor.GetDouble("Cou");
            if (value is null && converted is null && cumulative is null && factor.Flag is null)
            {
                continue; // e.g. a facility's running state (SBxxx-RS), not a measured factor
            }

            samples.Add(new FactorSample(CodeOf(factor.Code), kind.Value, time, value, converted, cumulative, FlagOf(factor.Flag)));
        }

        return samples;
    }

    /// <summary>The sample kind of an upload command, or null for other commands.</summary>
    public static SampleKind? KindOf(string cn) => cn switch
    {
        Hj212Codes.RealTimeData => SampleKind.RealTime,
        Hj212Codes.MinuteData => SampleKind.Minute,
        Hj212Codes.HourlyData => SampleKind.Hour,
        Hj212Codes.DailyData => SampleKind.Day,
        _ => null,
    };

    private static string CodeOf(string code) => FactorCatalog.ToCurrentCode(code) ?? code;

    // An absent flag means a normal value; an unreadable one is not trusted as valid.
    private static DataFlag FlagOf(string? flag) =>
        flag is null ? DataFlag.Normal : DataFlags.TryParse(flag, out var parsed) ? parsed : DataFlag.CommunicationFault;
}
