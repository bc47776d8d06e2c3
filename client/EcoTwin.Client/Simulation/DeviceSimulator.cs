using System.Net;
using EcoTwin.Domain.Demo;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// Simulates HJ 212 devices of the demo city against one or more gateways: each device has its own
/// TCP connection and sends 2011 real-time uploads (Flag=5) with realistic readings, waits for the
/// 9014 answers, resends per HJ 212 (OverTime, ReCount) and reconnects after a drop. One pacing loop
/// drives every device, so a single process can push thousands of packets per second.
/// <code>
/// var simulator = new DeviceSimulator(new DeviceSimulatorOptions { Stations = 20, Rate = 200, Duration = TimeSpan.FromSeconds(30) });
/// var report = await simulator.RunAsync(new Progress&lt;SimulationProgress&gt;(p => ...), cancellationToken);
/// </code>
/// </summary>
/// <remarks>
/// Cancelling stops sending, waits up to <see cref="DeviceSimulatorOptions.StopGrace"/> for
/// outstanding answers and returns the report; it throws only when cancelled before sending began.
/// </remarks>
public sealed partial class DeviceSimulator
{
    private readonly DeviceSimulatorOptions _options;
    private readonly IReadOnlyList<DnsEndPoint> _gateways;
    private readonly ILogger _logger;

    /// <summary>Checks the options and picks the devices from the demo city.</summary>
    /// <exception cref="ArgumentException">The options are not usable; the message says why.</exception>
    public DeviceSimulator(DeviceSimulatorOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        try
        {
            _gateways = GatewayAddresses.Parse(options.Gateways);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException(ex.Message, nameof(options), ex);
        }

        _options = options;
        _logger = logger ?? NullLogger.Instance;
        City = options.City ?? DemoCity.Generate(options.CitySeed);
        if (options.Stations > City.Stations.Count || options.Sources > City.Sources.Count)
        {
            throw new ArgumentException($"the demo city has {City.Stations.Count} stations and {City.Sources.Count} sources: asked for {options.Stations} and {options.Sources}", nameof(options));
        }

        Devices = SimulatedDevices.Select(City, options.Stations, options.Sources);
    }

    /// <summary>The demo city the devices come from.</summary>
    public DemoCity City { get; }

    /// <summary>The simulated devices: the first stations and sources of the city.</summary>
    public IReadOnlyList<SimulatedDevice> Devices { get; }

    /// <summary>Registers (if asked), connects every device, sends for the duration, waits for the last answers and reports.</summary>
    /// <exception cref="SimulatorException">Registration failed, or no gateway accepted a connection.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before sending began.</exception>
    public async Task<SimulationReport> RunAsync(IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_options.Register)
        {
            await new DeviceRegistrar(_options.ApiBaseUrl!, _logger).RegisterAsync(Devices, cancellationToken);
        }

        var counters = new SimulationCounters();
        var incidents = new DeviceIncidents(_options.Seed, _options.Incidents);
        var context = new SimulationContext(_gateways, new DeviceReadings(new DemoValues(City), incidents), incidents, counters, _options, _logger);
        var sessions = Devices.Select((device, index) => new DeviceSession(device, index, context)).ToArray();
        LogStarting(_logger, sessions.Length, _options.Rate, _options.Duration, GatewayList);
        using var stop = new CancellationTokenSource();
        var running = sessions.Select(session => session.RunAsync(stop.Token)).ToArray();
        try
        {
            await AwaitConnectionsAsync(sessions, cancellationToken);
            var pacing = new Pacing(sessions, context);
            var duration = await pacing.RunAsync(progress, cancellationToken);
            return Report(sessions, counters, duration);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(running);
        }
    }

    private string GatewayList => string.Join(", ", _gateways.Select(gateway => $"{gateway.Host}:{gateway.Port}"));

    private async Task AwaitConnectionsAsync(DeviceSession[] sessions, CancellationToken cancellationToken)
    {
        var all = Task.WhenAll(sessions.Select(session => session.FirstRound));
        await Task.WhenAny(all, Task.Delay(_options.ConnectTimeout, _options.Time, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (!sessions.Any(session => session.Connected))
        {
            var reason = sessions.Select(session => session.LastConnectError).FirstOrDefault(error => error is not null) ?? $"no answer within {_options.ConnectTimeout.TotalSeconds:0.#} s";
            throw new SimulatorException($"no gateway accepted a connection ({GatewayList}): {reason}");
        }
    }

    private SimulationReport Report(DeviceSession[] sessions, SimulationCounters counters, TimeSpan duration) => new(
        sessions.Length,
        counters.Sent,
        counters.Acked,
        counters.Retried,
        counters.Rejected,
        sessions.Sum(session => (long)session.Pending),
        counters.Reconnects,
        counters.Latency.Percentile(50),
        counters.Latency.Percentile(99),
        duration,
        _options.RecordAckedQns ? sessions.ToDictionary(session => session.Device.Mn, session => session.AckedQns, StringComparer.Ordinal) : new Dictionary<string, IReadOnlyList<string>>());
}
