using System.Net.Http.Json;
using EcoTwin.Client.Import;
using EcoTwin.Client.Simulation;
using EcoTwin.Contracts.Demo;
using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Browser.Tests.Infrastructure;

/// <summary>
/// Seeds a silo with (part of) the demo city through the real edges: devices, stations and outlets over
/// the REST API, readings as HJ 212 packets to the gateway; any part of the city, for the browser tests and the UI bench.
/// </summary>
public sealed class CitySeeder(HttpClient http, int devicePort, DemoCity city)
{
    private const int Parallelism = 8;
    private readonly DemoValues _values = new(city);

    /// <summary>The city the seed comes from.</summary>
    public DemoCity City => city;

    /// <summary>Registers <paramref name="stations"/> and <paramref name="sources"/> (device + master data).</summary>
    public async Task RegisterAsync(IEnumerable<DemoStation> stations, IEnumerable<DemoSource> sources)
    {
        await ForEachAsync(stations, async station =>
        {
            await PutAsync($"/api/devices/{station.Code}", new { kind = "station", password = station.Password });
            await PutAsync($"/api/stations/{station.Code}", DemoMasterDataBodies.Station(station));
        });
        await ForEachAsync(sources, async source =>
        {
            await PutAsync($"/api/devices/{source.Mn}", new { kind = "source", password = source.Password });
            await PutAsync($"/api/sources/{source.Mn}", DemoMasterDataBodies.Source(source));
        });
    }

    /// <summary>Registers the city's districts (names and boundaries) as `ecotwin import` does.</summary>
    public async Task RegisterDistrictsAsync()
    {
        foreach (var district in DemoMasterData.Of(city).Districts)
        {
            var item = ImportItems.District(0, district);
            await PutAsync(item.Path, item.Body);
        }
    }

    /// <summary>Sends each station last hour's averages (so air stations get an hourly AQI) and a real-time reading; each outlet a real-time reading.</summary>
    public async Task FeedAsync(IEnumerable<DemoStation> stations, IEnumerable<DemoSource> sources)
    {
        var now = CityNow();
        var lastHour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0).AddHours(-1);
        await ForEachAsync(stations, async station =>
        {
            var st = station.Kind == "water" ? "21" : "22";
            await SendAsync(Hj212Uploads.Hourly(now, st, station.Password, station.Code, lastHour, Items(station.Code, station.Factors, lastHour, "Avg")));
            await SendAsync(Hj212Uploads.RealTime(now, st, station.Password, station.Code, now, Items(station.Code, station.Factors, now, "Rtd")));
        });
        await ForEachAsync(sources, source =>
            SendAsync(Hj212Uploads.RealTime(now, source.Medium == "gas" ? "31" : "32", source.Password, source.Mn, now, Items(source.Mn, source.Factors, now, "Rtd"))));
    }

    /// <summary>Sends one packet on a connection of its own and waits for the gateway's acknowledgement.</summary>
    public async Task SendAsync(Hj212Packet packet)
    {
        await using var device = await DeviceClient.ConnectAsync(devicePort);
        await device.SendAsync(packet);
        await device.ReceiveAsync(TimeSpan.FromSeconds(15));
    }

    /// <summary>The city's wall-clock time (devices speak local time).</summary>
    public static DateTime CityNow() => DateTime.SpecifyKind(DateTime.UtcNow.AddHours(8), DateTimeKind.Unspecified);

    private IEnumerable<Hj212CpItem> Items(string device, IEnumerable<string> factors, DateTime localTime, string suffix)
    {
        var at = new DateTimeOffset(localTime, TimeSpan.FromHours(8));
        foreach (var factor in factors)
        {
            yield return Hj212CpItem.Of(factor, suffix, Math.Round((decimal)_values.Reading(device, factor, at), 3));
            yield return Hj212CpItem.Of(factor, "Flag", "N");
        }
    }

    private async Task PutAsync(string path, object body)
    {
        using var response = await http.PutAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (item, _) => await action(item));
}
