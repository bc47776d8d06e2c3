using System.Globalization;
using System.Net.Http.Json;

namespace EcoTwin.Bench;

/// <summary>The benchmark's device fleet: registers its devices, spreads them over the gateways and runs them closed loop.</summary>
internal sealed class IngestDriver
{
    private readonly List<BenchDevice> _devices;

    public IngestDriver(string prefix, int devices, int window, IReadOnlyList<int> gatewayPorts)
    {
        var firstDataTime = new DateTime(2026, 11, 20, 0, 0, 0);
        _devices = [.. Enumerable.Range(0, devices).Select(i =>
            new BenchDevice(string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:D8}"), gatewayPorts[i % gatewayPorts.Count], window, firstDataTime, Counters))];
    }

    public IngestCounters Counters { get; } = new();

    public IReadOnlyList<string> Mns => [.. _devices.Select(device => device.Mn)];

    /// <summary>Registers every device through the web API.</summary>
    public async Task RegisterAsync(HttpClient http)
    {
        await Parallel.ForEachAsync(_devices, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (device, token) =>
            (await http.PutAsJsonAsync($"/api/devices/{device.Mn}", BenchDevice.Registration, token)).EnsureSuccessStatusCode());
    }

    /// <summary>Runs every device until <paramref name="stop"/>, then lets them collect their last answers.</summary>
    public Task RunAsync(CancellationToken stop) => Task.WhenAll(_devices.Select(device => Task.Run(() => device.RunAsync(stop), CancellationToken.None)));
}
