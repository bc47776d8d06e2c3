using EcoTwin.Domain.Geo;

namespace EcoTwin.Domain.Demo;

/// <summary>
/// A synthetic but realistic city for demos and first runs, modelled on Changzhou, Jiangsu:
/// 8 districts tiling an 80 km × 70 km outline, waterways, lakes and roads for an offline base
/// map, 100 air and 20 water stations, 300 enterprises and their 600 monitored outlets. The same
/// seed always gives the same city (equal JSON, byte for byte); see <see cref="DemoValues"/> for
/// its live readings.
/// </summary>
/// <param name="Seed">The seed it was generated from.</param>
/// <param name="Code">The GB/T 2260 code of the city, 320400.</param>
/// <param name="NameZh">The Chinese name, 常州市.</param>
/// <param name="NameEn">The English name, Changzhou.</param>
/// <param name="Outline">The city boundary: a closed counter-clockwise ring, the union of the districts.</param>
/// <param name="BoundingBox">The box around <paramref name="Outline"/>.</param>
/// <param name="Districts">The districts, by code.</param>
/// <param name="Lines">Waterways, lake shores and roads.</param>
/// <param name="Areas">Lakes.</param>
/// <param name="Stations">Air stations (by code) followed by water stations (by code).</param>
/// <param name="Enterprises">Enterprises, by district.</param>
/// <param name="Sources">Outlets, by enterprise.</param>
public sealed record DemoCity(
    int Seed,
    string Code,
    string NameZh,
    string NameEn,
    IReadOnlyList<LonLat> Outline,
    GeoBox BoundingBox,
    IReadOnlyList<DemoDistrict> Districts,
    IReadOnlyList<DemoLine> Lines,
    IReadOnlyList<DemoArea> Areas,
    IReadOnlyList<DemoStation> Stations,
    IReadOnlyList<DemoEnterprise> Enterprises,
    IReadOnlyList<DemoSource> Sources)
{
    /// <summary>The seed of the standard demo city.</summary>
    public const int DefaultSeed = 20261125;

    /// <summary>The IANA time zone of the city's clocks (UTC+8 all year, no daylight saving).</summary>
    public const string TimeZoneId = "Asia/Shanghai";

    /// <summary>Generates the city of <paramref name="seed"/>; a pure function of the seed.</summary>
    public static DemoCity Generate(int seed = DefaultSeed)
    {
        var borders = BorderBuilder.Build(DemoRandom.For(seed, "borders"));
        DemoDistrict[] districts =
        [
            .. CityLayout.Districts.Select((d, i) => new DemoDistrict(d.Code, d.NameZh, d.NameEn, [.. borders.DistrictRings[i]])),
        ];

        var lakes = FeatureBuilder.Lakes(DemoRandom.For(seed, "lakes"));
        var waterways = FeatureBuilder.Lines(DemoRandom.For(seed, "waterways"), borders.Outline, CityFeatures.Waterways);
        var roads = FeatureBuilder.Lines(DemoRandom.For(seed, "roads"), borders.Outline, CityFeatures.Roads);
        DemoLine[] shores = [.. lakes.Select(l => new DemoLine(DemoKinds.LakeShore, l.NameZh, l.Ring))];

        var city = new CityGeometry(districts, lakes);
        var stationNames = new HashSet<string>(StringComparer.Ordinal);
        var air = StationBuilder.Air(DemoRandom.For(seed, "air-stations"), city, stationNames);
        var water = StationBuilder.Water(DemoRandom.For(seed, "water-stations"), city, waterways, lakes, stationNames);
        var enterprises = EnterpriseBuilder.Build(DemoRandom.For(seed, "enterprises"), city);
        var sources = SourceBuilder.Build(DemoRandom.For(seed, "sources"), city, enterprises);

        return new DemoCity(
            seed,
            CityLayout.CityCode,
            "常州市",
            "Changzhou",
            [.. borders.Outline],
            GeoBox.Around(borders.Outline),
            [.. districts],
            [.. waterways, .. shores, .. roads],
            [.. lakes],
            [.. air, .. water],
            [.. enterprises],
            [.. sources]);
    }
}
