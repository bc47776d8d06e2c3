namespace EcoTwin.Domain.Geo;

/// <summary>A longitude/latitude bounding box in degrees (edges included).</summary>
/// <param name="MinLon">West edge.</param>
/// <param name="MinLat">South edge.</param>
/// <param name="MaxLon">East edge.</param>
/// <param name="MaxLat">North edge.</param>
public sealed record GeoBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    /// <summary>True when <paramref name="point"/> lies inside the box or on its edge.</summary>
    public bool Contains(LonLat point) =>
        point.Lon >= MinLon && point.Lon <= MaxLon && point.Lat >= MinLat && point.Lat <= MaxLat;

    /// <summary>The smallest box around <paramref name="points"/>.</summary>
    /// <exception cref="ArgumentException">There are no points.</exception>
    public static GeoBox Around(IEnumerable<LonLat> points)
    {
        double minLon = double.PositiveInfinity, minLat = double.PositiveInfinity;
        double maxLon = double.NegativeInfinity, maxLat = double.NegativeInfinity;
        foreach (var p in points)
        {
            minLon = Math.Min(minLon, p.Lon);
            minLat = Math.Min(minLat, p.Lat);
            maxLon = Math.Max(maxLon, p.Lon);
            maxLat = Math.Max(maxLat, p.Lat);
        }

        return double.IsFinite(minLon)
            ? new GeoBox(minLon, minLat, maxLon, maxLat)
            : throw new ArgumentException("A bounding box needs at least one point.", nameof(points));
    }
}
