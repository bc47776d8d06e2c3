using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace EcoTwin.Domain.Geo;

/// <summary>
/// The boundary of an area (a district): a valid GeoJSON Polygon or MultiPolygon in WGS 84, prepared
/// for fast point-in-polygon tests. Longitude and latitude are planar x and y, exact enough at city
/// scale. A point on the edge counts as inside (neighbouring districts share edges; a
/// <see cref="DistrictMap"/> then picks the first by code).
/// </summary>
public sealed class Boundary
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory(Factory) } };
    private readonly IPreparedGeometry _prepared;

    private Boundary(Geometry geometry)
    {
        Geometry = geometry;
        _prepared = PreparedGeometryFactory.Prepare(geometry);
        var envelope = geometry.EnvelopeInternal;
        Box = new GeoBox(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        var centroid = geometry.Centroid;
        Centroid = new LonLat(centroid.X, centroid.Y);
    }

    /// <summary>The polygonal geometry.</summary>
    public Geometry Geometry { get; }

    /// <summary>The box around it.</summary>
    public GeoBox Box { get; }

    /// <summary>The centroid (where the map puts the district's label and summary).</summary>
    public LonLat Centroid { get; }

    /// <summary>True when <paramref name="point"/> lies inside the boundary or on its edge.</summary>
    public bool Contains(LonLat point) =>
        Box.Contains(point) && _prepared.Covers(Factory.CreatePoint(new Coordinate(point.Lon, point.Lat)));

    /// <summary>The boundary as GeoJSON geometry text.</summary>
    public string ToGeoJson() => JsonSerializer.Serialize(Geometry, Json);

    /// <summary>A boundary of one closed ring (first position equal to the last).</summary>
    /// <exception cref="ArgumentException">The ring is not a valid polygon.</exception>
    public static Boundary FromRing(IReadOnlyList<LonLat> ring)
    {
        var polygon = Factory.CreatePolygon([.. ring.Select(p => new Coordinate(p.Lon, p.Lat))]);
        return Check(polygon) is { } error ? throw new ArgumentException(error, nameof(ring)) : new Boundary(polygon);
    }

    /// <summary>
    /// Parses GeoJSON geometry text; false with the reason in <paramref name="error"/> when it is not
    /// JSON, not a Polygon or MultiPolygon, outside WGS 84 ranges, or not a valid polygon (e.g. a
    /// ring that crosses itself).
    /// </summary>
    public static bool TryParse(string? geoJson, out Boundary? boundary, out string? error)
    {
        boundary = null;
        if (string.IsNullOrWhiteSpace(geoJson))
        {
            error = "is required: a GeoJSON Polygon or MultiPolygon";
            return false;
        }

        Geometry? geometry;
        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(geoJson, Json);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            error = $"is not GeoJSON geometry: {ex.Message}";
            return false;
        }

        error = geometry switch
        {
            null => "is required: a GeoJSON Polygon or MultiPolygon",
            Polygon or MultiPolygon => Check(geometry),
            _ => $"is a {geometry.GeometryType}; a Polygon or MultiPolygon is required",
        };
        boundary = error is null ? new Boundary(geometry!) : null;
        return error is null;
    }

    private static string? Check(Geometry geometry)
    {
        if (geometry.IsEmpty)
        {
            return "has no coordinates";
        }

        if (geometry.Coordinates.FirstOrDefault(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X is < -180 or > 180 || c.Y is < -90 or > 90) is { } bad)
        {
            return $"position [{bad.X}, {bad.Y}] is outside longitude -180..180 / latitude -90..90";
        }

        var validation = new IsValidOp(geometry).ValidationError;
        return validation is null ? null : $"is not a valid polygon: {validation.Message} at [{validation.Coordinate?.X}, {validation.Coordinate?.Y}]";
    }
}
