using System.Collections.Immutable;

namespace EcoTwin.Domain.Demo;

/// <summary>
/// Creates exactly 600 outlets: each enterprise gets the usual count of its industry, then counts
/// are nudged within each industry's range until the total is right. Outlets stand 60-400 m from
/// their enterprise, in its district.
/// </summary>
internal static class SourceBuilder
{
    public const int Total = 600;

    public static readonly string[] GasFactors = ["a00000", "a34013", "a21026", "a21002", "a19001"];
    public static readonly string[] WaterFactors = ["w00000", "w01018", "w21003", "w21011", "w01001"];
    public const string TotalNitrogen = "w21001";

    private static readonly string[] GasLimited = ["a34013", "a21026", "a21002"];
    private static readonly string[] WaterLimited = ["w01018", "w21003", "w21011"];

    public static List<DemoSource> Build(DemoRandom random, CityGeometry city, IReadOnlyList<DemoEnterprise> enterprises)
    {
        var profiles = enterprises.Select(e => IndustryProfiles.Of(e.Industry)).ToArray();
        var counts = profiles.Select(p => random.Between(p.TypicalOutlets.Min, p.TypicalOutlets.Max)).ToArray();
        Balance(random, counts, profiles);

        var sources = new List<DemoSource>();
        var serials = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < enterprises.Count; e++)
        {
            var enterprise = enterprises[e];
            var profile = profiles[e];
            var serial = serials[enterprise.DistrictCode] = serials.GetValueOrDefault(enterprise.DistrictCode) + 1;
            var district = city.DistrictAt(new(enterprise.Lon, enterprise.Lat));
            var site = LocalFrame.ToKm(new(enterprise.Lon, enterprise.Lat));
            var strict = random.Chance(0.5);
            var media = profile.OutletMedia[..counts[e]];
            var waterCount = media.Count(m => m == DemoKinds.Water);
            var (gasNo, waterNo) = (0, 0);
            var placed = new List<Km>();
            for (var i = 0; i < media.Length; i++)
            {
                var gas = media[i] == DemoKinds.Gas;
                var outletName = gas
                    ? $"{++gasNo}#{profile.Stacks[(gasNo - 1) % profile.Stacks.Length]}排放口"
                    : WaterOutletName(profile, ++waterNo, waterCount);
                var at = LocalFrame.ToLonLat(Near(random, city, district, site, placed));
                var limits = gas
                    ? Limits(GasLimited, EmissionStandards.Gas(profile.Industry, outletName, strict, random))
                    : Limits(WaterLimited, EmissionStandards.Water(profile.Industry, strict));
                var sewagePlant = profile.Industry == DemoIndustries.SewageTreatment;
                if (!gas)
                {
                    limits = limits.Add("w01001", EmissionStandards.PhMax);
                    limits = sewagePlant ? limits.Add(TotalNitrogen, EmissionStandards.Plant1ATotalNitrogen) : limits;
                }

                sources.Add(new DemoSource(
                    DemoCodes.SourceMn(enterprise.DistrictCode, media[i], serial, i + 1),
                    enterprise.CreditCode,
                    enterprise.NameZh + outletName,
                    media[i],
                    at.Lon,
                    at.Lat,
                    enterprise.DistrictCode,
                    gas ? [.. GasFactors] : sewagePlant ? [.. WaterFactors, TotalNitrogen] : [.. WaterFactors],
                    limits,
                    gas ? ImmutableSortedDictionary<string, double>.Empty : Limits(["w01001"], [EmissionStandards.PhMin]),
                    DemoCodes.Password(random)));
            }
        }

        return sources;
    }

    private static void Balance(DemoRandom random, int[] counts, IndustryProfile[] profiles)
    {
        var total = counts.Sum();
        while (total != Total)
        {
            var e = random.Next(counts.Length);
            if (total > Total && counts[e] > profiles[e].MinOutlets)
            {
                counts[e]--;
                total--;
            }
            else if (total < Total && counts[e] < profiles[e].OutletMedia.Length)
            {
                counts[e]++;
                total++;
            }
        }
    }

    private static string WaterOutletName(IndustryProfile profile, int number, int count) =>
        profile.Industry == DemoIndustries.SewageTreatment
            ? count == 1 ? "尾水排放口" : $"{number}#尾水排放口"
            : count == 1 ? "废水总排口" : $"{number}#废水排放口";

    private static Km Near(DemoRandom random, CityGeometry city, int district, Km site, List<Km> placed)
    {
        while (true)
        {
            var p = site + new Km(random.Range(-0.4, 0.4), random.Range(-0.4, 0.4));
            var distance = (p - site).Length;
            if (distance is >= 0.06 and <= 0.4 && placed.All(q => (q - p).Length >= 0.04) && city.Fits(p, district, 0.02, 0.02))
            {
                placed.Add(p);
                return p;
            }
        }
    }

    private static ImmutableSortedDictionary<string, double> Limits(string[] factors, double[] values) =>
        factors.Select((f, i) => KeyValuePair.Create(f, values[i])).ToImmutableSortedDictionary(StringComparer.Ordinal);
}
