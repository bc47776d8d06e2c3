using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>
/// The local equirectangular frame of the demo city: kilometres around the urban centre of
/// Changzhou (119.95E, 31.78N). Constants instead of trigonometry keep the output identical on
/// every platform; positions are rounded to 1e-6 degree (about 0.1 m).
/// </summary>
internal static class LocalFrame
{
    public const double OriginLon = 119.95;
    public const double OriginLat = 31.78;

    // Length of one degree at 31.78N on the WGS 84 ellipsoid.
    public const double KmPerDegreeLon = 94.72;
    public const double KmPerDegreeLat = 110.88;

    public static LonLat ToLonLat(Km p) =>
        new(Math.Round(OriginLon + (p.X / KmPerDegreeLon), 6), Math.Round(OriginLat + (p.Y / KmPerDegreeLat), 6));

    public static Km ToKm(LonLat p) => new((p.Lon - OriginLon) * KmPerDegreeLon, (p.Lat - OriginLat) * KmPerDegreeLat);

    /// <summary>The distance in km from <paramref name="p"/> to the nearest edge of a lon/lat ring.</summary>
    public static double DistanceToRing(Km p, IReadOnlyList<LonLat> ring)
    {
        var best = double.PositiveInfinity;
        var a = ToKm(ring[0]);
        for (var i = 1; i < ring.Count; i++)
        {
            var b = ToKm(ring[i]);
            best = Math.Min(best, DistanceToSegment(p, a, b));
            a = b;
        }

        return best;
    }

    public static double DistanceToSegment(Km p, Km a, Km b)
    {
        var ab = b - a;
        var lengthSquared = (ab.X * ab.X) + (ab.Y * ab.Y);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((p.X - a.X) * ab.X) + ((p.Y - a.Y) * ab.Y)) / lengthSquared, 0, 1);
        return (p - (a + (ab * t))).Length;
    }
}
