using EcoTwin.Domain.Demo;

namespace EcoTwin.Client.Simulation;

/// <summary>One simulated HJ 212 device: a demo city station or outlet, with what its packets carry.</summary>
/// <param name="Mn">The device id (the twin's key).</param>
/// <param name="Password">The HJ 212 password (PW).</param>
/// <param name="St">The system code: 22 air station, 21 water station, 31 flue gas outlet, 32 wastewater outlet.</param>
/// <param name="Kind">The registry kind: <c>station</c> or <c>source</c>.</param>
/// <param name="Factors">The factor codes of its real-time uploads, in order.</param>
/// <param name="Station">The demo station it stands for, if a station.</param>
/// <param name="Source">The demo outlet it stands for, if a source.</param>
public sealed record SimulatedDevice(
    string Mn,
    string Password,
    string St,
    string Kind,
    IReadOnlyList<string> Factors,
    DemoStation? Station,
    DemoSource? Source)
{
    /// <summary>Registry kind of stations.</summary>
    public const string StationKind = "station";

    /// <summary>Registry kind of outlets.</summary>
    public const string SourceKind = "source";

    /// <summary>The device of a demo station.</summary>
    public static SimulatedDevice Of(DemoStation station)
    {
        ArgumentNullException.ThrowIfNull(station);
        return new(station.Code, station.Password, station.Kind == DemoKinds.Air ? "22" : "21", StationKind, station.Factors, station, null);
    }

    /// <summary>The device of a demo outlet.</summary>
    public static SimulatedDevice Of(DemoSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(source.Mn, source.Password, source.Medium == DemoKinds.Gas ? "31" : "32", SourceKind, source.Factors, null, source);
    }
}
