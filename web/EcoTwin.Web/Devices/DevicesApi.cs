using EcoTwin.Storage.Devices;
using EcoTwin.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EcoTwin.Web.Devices;

/// <summary><c>/api/devices</c>: the HJ 212 device registry (which twin a device feeds, its password and intervals).</summary>
public static class DevicesApi
{
    /// <summary>Maps the device endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapDevicesApi(this RouteGroupBuilder api)
    {
        var devices = api.MapGroup("/devices");
        devices.MapGet("/{mn}", GetAsync);
        devices.MapPut("/{mn}", PutAsync);
        return devices;
    }

    private static async Task<IResult> GetAsync(string mn, DeviceStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(mn, cancellationToken) is { } device
            ? Results.Ok(DeviceView.Of(device))
            : ApiResults.NotFound($"Device '{mn}'");

    private static async Task<IResult> PutAsync(string mn, DeviceBody body, DeviceStore store, CancellationToken cancellationToken)
    {
        var (device, errors) = body.ToRecord(mn);
        if (device is null)
        {
            return ApiResults.Invalid(errors);
        }

        var created = await store.UpsertAsync(device, cancellationToken);
        return created ? Results.Created($"/api/devices/{mn}", DeviceView.Of(device)) : Results.Ok(DeviceView.Of(device));
    }
}
