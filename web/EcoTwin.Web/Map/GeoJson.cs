using System.Text.Json.Nodes;
using EcoTwin.Domain.Geo;

namespace EcoTwin.Web.Map;

/// <summary>Small GeoJSON builders for the map layers.</summary>
public static class GeoJson
{
    /// <summary>A Feature with <paramref name="geometry"/> and <paramref name="properties"/>.</summary>
    public static JsonObject Feature(JsonObject geometry, JsonObject properties) =>
        new() { ["type"] = "Feature", ["geometry"] = geometry, ["properties"] = properties };

    /// <summary>A FeatureCollection.</summary>
    public static JsonObject Collection(IEnumerable<JsonObject> features) =>
        new() { ["type"] = "FeatureCollection", ["features"] = new JsonArray([.. features]) };

    /// <summary>A LineString.</summary>
    public static JsonObject LineString(IEnumerable<LonLat> points) =>
        new() { ["type"] = "LineString", ["coordinates"] = Positions(points) };

    /// <summary>A Polygon with one ring.</summary>
    public static JsonObject Polygon(IEnumerable<LonLat> ring) =>
        new() { ["type"] = "Polygon", ["coordinates"] = new JsonArray(Positions(ring)) };

    private static JsonArray Positions(IEnumerable<LonLat> points) =>
        new([.. points.Select(p => (JsonNode)new JsonArray(p.Lon, p.Lat))]);
}
