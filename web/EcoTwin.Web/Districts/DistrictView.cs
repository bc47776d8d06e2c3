using System.Text.Json.Nodes;
using EcoTwin.Contracts.Districts;

namespace EcoTwin.Web.Districts;

/// <summary>A district as <c>GET /api/districts/{code}</c> shows it: the boundary as a GeoJSON object.</summary>
public sealed record DistrictView(string Code, string Name, string? NameEn, JsonNode? Boundary)
{
    /// <summary>The view of <paramref name="info"/>.</summary>
    public static DistrictView Of(DistrictInfo info) => new(info.Code, info.Name, info.NameEn, JsonNode.Parse(info.Boundary));
}
