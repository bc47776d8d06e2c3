using System.Collections.Immutable;
using System.Globalization;
using EcoTwin.Contracts.Districts;
using EcoTwin.Contracts.Geo;
using EcoTwin.Contracts.Sources;
using EcoTwin.Contracts.Stations;

namespace EcoTwin.Grains.Tests.Districts;

/// <summary>Districts, stations and outlets for roll-up tests, far from each other test's places.</summary>
internal static class Areas
{
    /// <summary>A district whose boundary is the one-degree square with south-west corner (<paramref name="lon"/>, <paramref name="lat"/>).</summary>
    public static DistrictInfo Square(string code, string name, int lon, int lat) => new(
        code, name, name + " (en)",
        string.Create(CultureInfo.InvariantCulture, $$"""{"type":"Polygon","coordinates":[[[{{lon}},{{lat}}],[{{lon + 1}},{{lat}}],[{{lon + 1}},{{lat + 1}}],[{{lon}},{{lat + 1}}],[{{lon}},{{lat}}]]]}"""));

    /// <summary>An air station measuring PM2.5.</summary>
    public static StationInfo Air(string code, double lon, double lat, string districtCode) =>
        new(code, "站 " + code, StationKind.Air, new GeoPoint(lon, lat), districtCode, ["a34004"]);

    /// <summary>A wastewater outlet.</summary>
    public static SourceInfo Outlet(string mn, double lon, double lat, string districtCode) => new(
        mn, "91320411MA1MXXXX0N", "COD outlet", "water", new GeoPoint(lon, lat), districtCode, ["w01018"],
        ImmutableDictionary<string, LimitRange>.Empty.Add("w01018", new LimitRange(50)));
}
