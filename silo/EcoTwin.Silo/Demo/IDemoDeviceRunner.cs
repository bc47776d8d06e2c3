using EcoTwin.Domain.Demo;

namespace EcoTwin.Silo.Demo;

/// <summary>
/// The seam for driving the demo city's devices in-process: <see cref="DemoSeeder"/> starts every
/// registered runner once the city is seeded (<see cref="DemoSimulatorRunner"/>: the device simulator).
/// </summary>
public interface IDemoDeviceRunner
{
    /// <summary>
    /// Starts sending the devices' data; runs until <paramref name="stoppingToken"/> is cancelled.
    /// <paramref name="firstStart"/>: the seeding registered the devices just now (not a restart).
    /// </summary>
    Task RunAsync(DemoCity city, bool firstStart, CancellationToken stoppingToken);
}
