using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EcoTwin.Contracts.Demo;
using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;

namespace EcoTwin.Client.Import;

/// <summary>The PUTs that write each kind of master data through the REST API.</summary>
public static class ImportItems
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>PUT /api/stations/{code}.</summary>
    public static ImportItem Station(int line, StationInfo info) => Of(line, info.Code, $"/api/stations/{Escape(info.Code)}", info);

    /// <summary>PUT /api/sources/{mn}.</summary>
    public static ImportItem Source(int line, SourceInfo info) => Of(line, info.Mn, $"/api/sources/{Escape(info.Mn)}", info);

    /// <summary>PUT /api/enterprises/{code}.</summary>
    public static ImportItem Enterprise(int line, EnterpriseInfo info) => Of(line, info.Code, $"/api/enterprises/{Escape(info.Code)}", info);

    /// <summary>PUT /api/districts/{code}, the boundary as a GeoJSON object.</summary>
    public static ImportItem District(int line, DistrictInfo info) => new(
        line, info.Code, $"/api/districts/{Escape(info.Code)}",
        new JsonObject { ["name"] = info.Name, ["nameEn"] = info.NameEn, ["boundary"] = JsonNode.Parse(info.Boundary) });

    /// <summary>PUT /api/devices/{mn} for a demo device (the city's time zone, default intervals).</summary>
    public static ImportItem Device(DemoDevice device) => new(
        0, device.Mn, $"/api/devices/{Escape(device.Mn)}",
        new JsonObject { ["kind"] = device.Kind, ["password"] = device.Password, ["timeZone"] = Domain.Demo.DemoCity.TimeZoneId });

    private static ImportItem Of<T>(int line, string key, string path, T info) => new(line, key, path, JsonSerializer.SerializeToNode(info, Json)!);

    private static string Escape(string key) => Uri.EscapeDataString(key);
}
