using System.Collections.Immutable;
using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.Enterprises;
using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;
using EcoTwin.Domain.Demo;
using EcoTwin.Domain.Geo;

namespace EcoTwin.Contracts.Demo;

/// <summary>
/// The master data of a <see cref="DemoCity"/> as the twins take it, for seeding through the REST
/// API (<c>ecotwin demo seed</c>) or in-process (the silo's <c>--demo</c>): one mapping for both.
/// </summary>
/// <param name="Districts">The districts with their polygons.</param>
/// <param name="Stations">Air and water stations.</param>
/// <param name="Enterprises">The enterprises.</param>
/// <param name="Sources">The outlets with their emission limits.</param>
/// <param name="Devices">The devices of the stations and outlets with their passwords.</param>
public sealed record DemoMasterData(
    ImmutableArray<DistrictInfo> Districts,
    ImmutableArray<StationInfo> Stations,
    ImmutableArray<EnterpriseInfo> Enterprises,
    ImmutableArray<SourceInfo> Sources,
    ImmutableArray<DemoDevice> Devices)
{
    /// <summary>The master data of the demo city of <paramref name="seed"/>.</summary>
    public static DemoMasterData Of(int seed = DemoCity.DefaultSeed) => Of(DemoCity.Generate(seed));

    /// <summary>The master data of <paramref name="city"/>.</summary>
    public static DemoMasterData Of(DemoCity city) => new(
        [.. city.Districts.Select(d => new DistrictInfo(d.Code, d.NameZh, d.NameEn, Boundary.FromRing(d.Polygon).ToGeoJson()))],
        [.. city.Stations.Select(s => new StationInfo(
            s.Code, s.NameZh, s.Kind == DemoKinds.Air ? StationKind.Air : StationKind.Water, new GeoPoint(s.Lon, s.Lat), s.DistrictCode, [.. s.Factors]))],
        [.. city.Enterprises.Select(e => new EnterpriseInfo(
            e.CreditCode, e.NameZh, e.Industry, e.Address, new GeoPoint(e.Lon, e.Lat), e.DistrictCode))],
        [.. city.Sources.Select(s => new SourceInfo(
            s.Mn, s.EnterpriseCode, s.NameZh, s.Medium, new GeoPoint(s.Lon, s.Lat), s.DistrictCode, [.. s.Factors], Limits(s)))],
        [
            .. city.Stations.Select(s => new DemoDevice(s.Code, "station", s.Password)),
            .. city.Sources.Select(s => new DemoDevice(s.Mn, "source", s.Password)),
        ]);

    private static ImmutableDictionary<string, LimitRange> Limits(DemoSource source) =>
        source.Limits.Keys.Union(source.LowerLimits.Keys).ToImmutableDictionary(
            factor => factor,
            factor => new LimitRange(source.Limits.TryGetValue(factor, out var max) ? max : null, source.LowerLimits.TryGetValue(factor, out var min) ? min : null));
}
