using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Domain.Demo;
using Microsoft.Extensions.Logging;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// Registers simulated devices through the web API (docs/api.md): <c>PUT /api/devices/{mn}</c>, and
/// the demo master data with <c>PUT /api/stations/{code}</c> and <c>PUT /api/sources/{mn}</c>. A
/// silo without the sources endpoint (404 or 405) gets its outlets as devices only, with one warning.
/// </summary>
internal sealed class DeviceRegistrar(Uri api, ILogger logger)
{
    private const int Parallelism = 16;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private int _sourcesMissing;

    public async Task RegisterAsync(IReadOnlyList<SimulatedDevice> devices, CancellationToken cancellationToken)
    {
        var baseAddress = api.AbsoluteUri.EndsWith('/') ? api : new Uri(api.AbsoluteUri + "/");
        using var http = ApiKey.CreateClient(baseAddress, ApiKey.FromEnvironment()); // signed in with ECOTWIN_API_KEY
        http.Timeout = TimeSpan.FromSeconds(30);
        DeviceSimulator.LogRegistering(logger, devices.Count, baseAddress.ToString());
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(devices, parallel, async (device, token) =>
        {
            var mn = Uri.EscapeDataString(device.Mn);
            await PutAsync(http, $"api/devices/{mn}", new { kind = device.Kind, password = device.Password }, token);
            if (device.Station is { } station)
            {
                await PutAsync(http, $"api/stations/{mn}", DemoMasterDataBodies.Station(station), token);
            }
            else if (device.Source is { } source && Volatile.Read(ref _sourcesMissing) == 0)
            {
                await PutSourceAsync(http, $"api/sources/{mn}", source, token);
            }
        });
    }

    private async Task PutSourceAsync(HttpClient http, string path, DemoSource source, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(http, path, DemoMasterDataBodies.Source(source), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            if (Interlocked.Exchange(ref _sourcesMissing, 1) == 0)
            {
                DeviceSimulator.LogSourcesEndpointMissing(logger, (int)response.StatusCode);
            }

            return;
        }

        await EnsureSuccessAsync(response, path, cancellationToken);
    }

    private static async Task PutAsync(HttpClient http, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(http, path, body, cancellationToken);
        await EnsureSuccessAsync(response, path, cancellationToken);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, object body, CancellationToken cancellationToken)
    {
        try
        {
            return await http.PutAsJsonAsync(path, body, Json, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new SimulatorException($"cannot reach the API at {http.BaseAddress}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SimulatorException($"the API at {http.BaseAddress} did not answer PUT /{path} within {http.Timeout.TotalSeconds:0} s", ex);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new SimulatorException($"PUT /{path} answered {(int)response.StatusCode} {response.ReasonPhrase}: {(body.Length > 500 ? body[..500] : body)}");
        }
    }
}
