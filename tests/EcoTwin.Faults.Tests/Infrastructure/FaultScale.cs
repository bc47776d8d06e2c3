namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// How big the fault runs are: the CI size by default (a few minutes in all on two cores), the long
/// size when <c>ECOTWIN_FAULTS=long</c> (tests/faults sets it).
/// </summary>
public sealed record FaultScale(
    string Name,
    int Stations,
    int Sources,
    double Rate,
    TimeSpan LoadDuration,
    int FuzzPackets,
    int IdleConnections,
    int SlowlorisConnections,
    TimeSpan AttackDuration)
{
    /// <summary>Simulated devices (the demo city has 120 stations and 600 outlets).</summary>
    public int Devices => Stations + Sources;

    /// <summary>The environment variable that picks the size.</summary>
    public const string Variable = "ECOTWIN_FAULTS";

    /// <summary>The size of this run.</summary>
    public static FaultScale Current { get; } = Environment.GetEnvironmentVariable(Variable) == "long" ? Long : Ci;

    /// <summary>Part of every <c>dotnet test</c>: bounded in count and time.</summary>
    public static FaultScale Ci => new("ci", Stations: 48, Sources: 12, Rate: 300, LoadDuration: TimeSpan.FromSeconds(24), FuzzPackets: 100_000,
        IdleConnections: 500, SlowlorisConnections: 20, AttackDuration: TimeSpan.FromSeconds(20));

    /// <summary>The long run: larger loads, longer runs, a million fuzzed packets, 5 000 idle connections.</summary>
    public static FaultScale Long => new("long", Stations: 100, Sources: 300, Rate: 2000, LoadDuration: TimeSpan.FromSeconds(120), FuzzPackets: 1_000_000,
        IdleConnections: 5000, SlowlorisConnections: 200, AttackDuration: TimeSpan.FromSeconds(90));
}
