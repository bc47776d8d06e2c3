using EcoTwin.Domain.Demo;

namespace EcoTwin.Silo.Demo;

/// <summary>
/// The seam for driving the demo city's devices in-process: <see cref="DemoSeeder"/> starts every
/// registered runner once the city is seeded. The device simulator
/// (<c>EcoTwin.Client.Simulation.DeviceSimulator</c>) plugs in here by registering a runner in
/// <see cref="DemoHostingExtensions.AddEcoTwinDemo"/>; until then <c>--demo</c> seeds the city only.
/// </summary>
public interface IDemoDeviceRunner
{
    /// <summary>Starts sending the devices' data; runs until <paramref name="stoppingToken"/> is cancelled.</summary>
    Task RunAsync(DemoCity city, CancellationToken stoppingToken);
}
