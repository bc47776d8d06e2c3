using System.Text.Json.Nodes;
using EcoTwin.Domain.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EcoTwin.Web.Map;

/// <summary><c>/api/map/config</c> and <c>/api/map/basemap</c>: what the map draws under the twins.</summary>
public static class MapApi
{
    private static readonly Lazy<DemoCity> Demo = new(() => DemoCity.Generate());

    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapMapApi(this RouteGroupBuilder api)
    {
        api.MapGet("/map/config", (IOptions<MapOptions> options) =>
        {
            var map = options.Value;
            var box = Demo.Value.BoundingBox;
            var center = map.Center ?? [(box.MinLon + box.MaxLon) / 2, (box.MinLat + box.MaxLat) / 2];
            return Results.Ok(new { center, zoom = map.Zoom, tileUrl = map.TileUrl, attribution = map.Attribution });
        });
        api.MapGet("/map/basemap", async (IOptions<MapOptions> options, CancellationToken cancellationToken) =>
            options.Value.BasemapFile is { } file
                ? Results.Text(await File.ReadAllTextAsync(file, cancellationToken), "application/geo+json")
                : Results.Text(DemoBasemap().ToJsonString(), "application/geo+json"));
        return api;
    }

    private static JsonObject DemoBasemap()
    {
        var city = Demo.Value;
        var lines = city.Lines.Select(line => GeoJson.Feature(GeoJson.LineString(line.Coordinates), new JsonObject { ["kind"] = line.Kind, ["name"] = line.NameZh }));
        var areas = city.Areas.Select(area => GeoJson.Feature(GeoJson.Polygon(area.Ring), new JsonObject { ["kind"] = area.Kind, ["name"] = area.NameZh }));
        return GeoJson.Collection(areas.Concat(lines));
    }
}
