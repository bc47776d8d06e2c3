using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>
/// The final (rounded) district rings and lakes, for placing stations, enterprises and outlets:
/// which district a point is in, and whether it keeps its distance from borders and shores.
/// </summary>
internal sealed class CityGeometry(IReadOnlyList<DemoDistrict> districts, IReadOnlyList<DemoArea> lakes)
{
    public IReadOnlyList<DemoDistrict> Districts { get; } = districts;

    /// <summary>The index of the district containing <paramref name="point"/>, or -1.</summary>
    public int DistrictAt(LonLat point)
    {
        for (var i = 0; i < Districts.Count; i++)
        {
            if (Rings.Contains(Districts[i].Polygon, point))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the lake whose shore lies within <paramref name="marginKm"/> of the point or that contains it, or -1.</summary>
    public int LakeNear(Km point, double marginKm)
    {
        var p = LocalFrame.ToLonLat(point);
        for (var i = 0; i < lakes.Count; i++)
        {
            if (Rings.Contains(lakes[i].Ring, p) || LocalFrame.DistanceToRing(point, lakes[i].Ring) < marginKm)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when <paramref name="point"/> lies in district <paramref name="district"/> at least
    /// <paramref name="borderMarginKm"/> from its border, and at least <paramref name="lakeMarginKm"/>
    /// from every lake (on dry land).
    /// </summary>
    public bool Fits(Km point, int district, double borderMarginKm, double lakeMarginKm)
    {
        var ring = Districts[district].Polygon;
        return Rings.Contains(ring, LocalFrame.ToLonLat(point))
            && LocalFrame.DistanceToRing(point, ring) >= borderMarginKm
            && LakeNear(point, lakeMarginKm) < 0;
    }

    /// <summary>The km box around a district, for uniform sampling.</summary>
    public (Km Min, Km Max) Box(int district)
    {
        var box = GeoBox.Around(Districts[district].Polygon);
        return (LocalFrame.ToKm(new LonLat(box.MinLon, box.MinLat)), LocalFrame.ToKm(new LonLat(box.MaxLon, box.MaxLat)));
    }

    /// <summary>
    /// A point of district <paramref name="district"/> that <see cref="Fits"/> and is at least
    /// <paramref name="spacingKm"/> from every point in <paramref name="taken"/>: drawn around
    /// <paramref name="centre"/> with spread <paramref name="sigmaKm"/> (widening on failures),
    /// or anywhere in the district when <paramref name="sigmaKm"/> is 0.
    /// </summary>
    public Km Place(DemoRandom random, int district, Km centre, double sigmaKm, double borderMarginKm, double lakeMarginKm, double spacingKm, IReadOnlyList<Km> taken)
    {
        var (min, max) = Box(district);
        for (var attempt = 0; ; attempt++)
        {
            var relax = attempt < 400 ? 1.0 : 0.5; // a crowded district accepts closer neighbours
            var gaussian = sigmaKm > 0 && attempt < 600;
            var p = gaussian
                ? centre + new Km(random.Gaussian(), random.Gaussian()) * (sigmaKm * (1 + (attempt / 60.0)))
                : new Km(random.Range(min.X, max.X), random.Range(min.Y, max.Y));
            if (Fits(p, district, borderMarginKm, lakeMarginKm) && taken.All(t => (t - p).Length >= spacingKm * relax))
            {
                return p;
            }

            if (attempt > 5000)
            {
                throw new InvalidOperationException($"No room left in district {Districts[district].Code}.");
            }
        }
    }
}
