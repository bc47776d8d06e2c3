using EcoTwin.Domain.Demo;

namespace EcoTwin.Client.Simulation;

/// <summary>Picks the devices of a run from the demo city, so simulated devices and demo twins match.</summary>
public static class SimulatedDevices
{
    /// <summary>
    /// The first <paramref name="stations"/> stations of <paramref name="city"/> (in the city's order:
    /// air stations, then water stations) and its first <paramref name="sources"/> outlets.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or larger than the city has.</exception>
    public static IReadOnlyList<SimulatedDevice> Select(DemoCity city, int stations, int sources)
    {
        ArgumentNullException.ThrowIfNull(city);
        if (stations < 0 || stations > city.Stations.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(stations), stations, $"the demo city has {city.Stations.Count} stations: give 0 to {city.Stations.Count}");
        }

        if (sources < 0 || sources > city.Sources.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(sources), sources, $"the demo city has {city.Sources.Count} sources: give 0 to {city.Sources.Count}");
        }

        return [.. city.Stations.Take(stations).Select(SimulatedDevice.Of), .. city.Sources.Take(sources).Select(SimulatedDevice.Of)];
    }
}
