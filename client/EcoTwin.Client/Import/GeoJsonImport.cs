using System.Text.Json;
using System.Text.Json.Nodes;
using EcoTwin.Contracts.Districts;

namespace EcoTwin.Client.Import;

/// <summary>
/// Reads districts from a GeoJSON FeatureCollection: each Feature's geometry (Polygon or
/// MultiPolygon) is the boundary, its properties give <c>code</c>, <c>name</c> and <c>nameEn</c>.
/// A rejected feature is reported by its number (1 for the first).
/// </summary>
public static class GeoJsonImport
{
    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="ImportFormatException">Not JSON, or not a FeatureCollection.</exception>
    public static ImportPlan Read(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new ImportFormatException($"the file is not JSON: {ex.Message}");
        }

        if (root is not JsonObject collection || (string?)collection["type"] != "FeatureCollection" || collection["features"] is not JsonArray features)
        {
            throw new ImportFormatException("a districts file is a GeoJSON FeatureCollection of Polygon or MultiPolygon features");
        }

        var items = new List<ImportItem>();
        var rejected = new List<ImportRejection>();
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i] as JsonObject;
            var properties = feature?["properties"] as JsonObject;
            var code = Text(properties, "code");
            var info = new DistrictInfo(code ?? string.Empty, Text(properties, "name") ?? string.Empty, Text(properties, "nameEn"), feature?["geometry"]?.ToJsonString() ?? string.Empty);
            var (_, errors) = DistrictInfoValidation.Validate(info);
            if (errors.Count > 0)
            {
                rejected.Add(new ImportRejection(i + 1, code, string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))));
            }
            else
            {
                items.Add(ImportItems.District(i + 1, info));
            }
        }

        return new ImportPlan(ImportKind.Districts, items, rejected);
    }

    private static string? Text(JsonObject? properties, string name) =>
        properties?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : properties?[name]?.ToJsonString();
}
