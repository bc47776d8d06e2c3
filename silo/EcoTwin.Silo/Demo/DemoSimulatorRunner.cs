using System.Net;
using System.Net.Sockets;
using EcoTwin.Client.Simulation;
using EcoTwin.Domain.Demo;
using EcoTwin.Silo.Gateway;

namespace EcoTwin.Silo.Demo;

/// <summary>
/// <c>--demo</c>'s living city: once the city is seeded, every station and outlet of it sends HJ 212
/// uploads to this silo's own gateway (the device simulator in-process, each device its own TCP
/// connection, with its incidents: silences, faults, maintenance), until the silo stops.
/// On the demo's first start the devices first send a day of hourly uploads (<c>EcoTwin:DemoHistoryHours</c>),
/// so AQI and trends show at once. <c>EcoTwin:DemoRate</c> sets the packets per second across all
/// devices; 0 turns it all off.
/// </summary>
public sealed partial class DemoSimulatorRunner(Hj212Gateway gateway, IConfiguration configuration, ILoggerFactory loggers) : IDemoDeviceRunner
{
    /// <summary>The setting of the packets per second across all demo devices (0: no simulator).</summary>
    public const string RateKey = "EcoTwin:DemoRate";

    /// <summary>The default rate: each of the demo city's 720 devices about every 36 s.</summary>
    public const double DefaultRate = 20;

    /// <summary>The setting of how many past hours of hourly uploads the devices send on the demo's first start (0: none).</summary>
    public const string HistoryHoursKey = "EcoTwin:DemoHistoryHours";

    /// <summary>The default history: a day, so trends and the daily view have data at once.</summary>
    public const int DefaultHistoryHours = 24;

    private readonly ILogger _logger = loggers.CreateLogger<DemoSimulatorRunner>();

    /// <inheritdoc />
    public async Task RunAsync(DemoCity city, bool firstStart, CancellationToken stoppingToken)
    {
        var rate = configuration.GetValue(RateKey, DefaultRate);
        if (rate <= 0)
        {
            LogOff(_logger, RateKey);
            return;
        }

        var bound = await gateway.Bound.WaitAsync(stoppingToken);
        var host = bound.Address.Equals(IPAddress.Any) || bound.Address.Equals(IPAddress.IPv6Any) ? IPAddress.Loopback : bound.Address;
        var endpoint = new IPEndPoint(host, bound.Port);
        var options = new DeviceSimulatorOptions
        {
            Gateways = [endpoint.ToString()],
            Register = false, // the seeder registered every device
            City = city,
            Stations = city.Stations.Count,
            Sources = city.Sources.Count,
            Rate = rate,
            Duration = TimeSpan.FromDays(3650),
            ProgressInterval = TimeSpan.FromMinutes(1),
        };
        var simulator = new DeviceSimulator(options, loggers.CreateLogger<DeviceSimulator>());
        var hours = configuration.GetValue(HistoryHoursKey, DefaultHistoryHours);
        if (firstStart && hours > 0)
        {
            await BackfillAsync(city, simulator.Devices, endpoint, hours, stoppingToken);
        }

        LogStarting(_logger, simulator.Devices.Count, rate, RateKey);
        try
        {
            await simulator.RunAsync(cancellationToken: stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (SimulatorException ex)
        {
            LogFailed(_logger, ex);
        }
    }

    private async Task BackfillAsync(DemoCity city, IReadOnlyList<SimulatedDevice> devices, IPEndPoint gateway, int hours, CancellationToken stoppingToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var sent = await HistoryBackfill.SendAsync(city, devices, gateway, hours, TimeProvider.System, stoppingToken);
            LogBackfilled(_logger, sent, hours, watch.Elapsed.TotalSeconds, HistoryHoursKey);
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            LogBackfillFailed(_logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Packets} hourly uploads of the last {Hours} hours sent in {Seconds:0.0} s ({Key})")]
    private static partial void LogBackfilled(ILogger logger, int packets, int hours, double seconds, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo: sending the devices' past hours stopped")]
    private static partial void LogBackfillFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Devices} simulated devices send to this silo's gateway at {Rate} packets/s in all ({Key}; 0 turns them off)")]
    private static partial void LogStarting(ILogger logger, int devices, double rate, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: no simulated devices ({Key} is 0)")]
    private static partial void LogOff(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "Demo: the device simulator stopped")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
