namespace EcoTwin.Domain.Demo;

/// <summary>
/// Places the 100 air stations (densest around each district's urban centre) and the 20 surface
/// water stations (monitoring sections on the waterways and points in the lakes).
/// </summary>
internal static class StationBuilder
{
    public static readonly string[] AirFactors = ["a34004", "a34002", "a21026", "a21004", "a21005", "a05024"];
    public static readonly string[] MetFactors = ["a01001", "a01002", "a01007", "a01008"];
    public static readonly string[] WaterFactors = ["w01001", "w01009", "w01018", "w21003", "w21011", "w21001", "w01010"];

    // Monitoring sections per waterway (in CityFeatures.Waterways order) and points per lake.
    private static readonly int[] SectionsPerWaterway = [4, 2, 2, 2, 2, 2];
    private static readonly int[] PointsPerLake = [3, 2, 1];
    private static readonly (string Name, Km Direction)[] LakeParts =
        [("湖心", new(0, 0)), ("北部", new(0, 0.6)), ("南部", new(0, -0.6)), ("东部", new(0.6, 0)), ("西部", new(-0.6, 0))];

    public static List<DemoStation> Air(DemoRandom random, CityGeometry city, HashSet<string> names)
    {
        var stations = new List<DemoStation>();
        for (var d = 0; d < CityLayout.Districts.Length; d++)
        {
            var plan = CityLayout.Districts[d];
            var places = PlaceNames.Of(plan.Code);
            var taken = new List<Km>();
            for (var serial = 1; serial <= plan.AirStations; serial++)
            {
                var sigma = random.Chance(0.6) ? plan.CoreSigma : 0;
                var p = city.Place(random, d, plan.Centre, sigma, 0.3, 0.3, 1.2, taken);
                taken.Add(p);
                var name = Unique(names, () => PlaceNames.Station(plan.NameZh, random.Pick(places), random));
                var withMet = serial == 1 || random.Chance(0.3);
                var at = LocalFrame.ToLonLat(p);
                stations.Add(new DemoStation(
                    DemoCodes.StationMn(plan.Code, DemoKinds.Air, serial),
                    name,
                    DemoKinds.Air,
                    at.Lon,
                    at.Lat,
                    plan.Code,
                    withMet ? [.. AirFactors, .. MetFactors] : [.. AirFactors],
                    DemoCodes.Password(random)));
            }
        }

        return stations;
    }

    public static List<DemoStation> Water(DemoRandom random, CityGeometry city, IReadOnlyList<DemoLine> waterways, IReadOnlyList<DemoArea> lakes, HashSet<string> names)
    {
        var points = new List<(string Name, Km At)>();
        for (var w = 0; w < waterways.Count; w++)
        {
            var line = waterways[w].Coordinates;
            var chosen = new List<Km>();
            for (var attempt = 0; chosen.Count < SectionsPerWaterway[w]; attempt++)
            {
                var at = LocalFrame.ToKm(line[random.Between(line.Count / 10, line.Count - 1 - (line.Count / 10))]);
                var d = city.DistrictAt(LocalFrame.ToLonLat(at));
                var spacing = attempt < 200 ? 3.0 : 0.5;
                if (d >= 0 && chosen.All(c => (c - at).Length >= spacing) && city.Fits(at, d, 0.2, 0))
                {
                    chosen.Add(at);
                    var places = PlaceNames.Of(city.Districts[d].Code).Where(PlaceNames.IsTown).ToArray();
                    var bridge = random.Chance(0.4) ? "桥" : string.Empty;
                    points.Add((Unique(names, () => waterways[w].NameZh + random.Pick(places) + bridge + "断面"), at));
                }
            }
        }

        for (var l = 0; l < lakes.Count; l++)
        {
            var plan = CityFeatures.Lakes[l];
            var parts = LakeParts[1..];
            random.Shuffle(parts);
            for (var i = 0; i < PointsPerLake[l]; i++)
            {
                var part = i == 0 ? LakeParts[0] : parts[i - 1];
                var at = plan.Centre + new Km(part.Direction.X * plan.RadiusX, part.Direction.Y * plan.RadiusY);
                points.Add((Unique(names, () => plan.NameZh + part.Name), at));
            }
        }

        var serials = new Dictionary<string, int>(StringComparer.Ordinal);
        var stations = new List<DemoStation>();
        foreach (var (name, at) in points)
        {
            var lonLat = LocalFrame.ToLonLat(at);
            var code = city.Districts[city.DistrictAt(lonLat)].Code;
            var serial = serials[code] = serials.GetValueOrDefault(code) + 1;
            stations.Add(new DemoStation(
                DemoCodes.StationMn(code, DemoKinds.Water, serial), name, DemoKinds.Water, lonLat.Lon, lonLat.Lat, code, [.. WaterFactors], DemoCodes.Password(random)));
        }

        return [.. stations.OrderBy(s => s.Code, StringComparer.Ordinal)];
    }

    /// <summary>A name from <paramref name="make"/> that is not yet in <paramref name="names"/>, which it joins.</summary>
    public static string Unique(HashSet<string> names, Func<string> make)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var name = make();
            if (names.Add(name))
            {
                return name;
            }
        }

        var numbered = make();
        for (var n = 2; ; n++)
        {
            if (names.Add($"{numbered}{n}号"))
            {
                return $"{numbered}{n}号";
            }
        }
    }
}
