namespace EcoTwin.Domain.Demo;

/// <summary>
/// Creates the 300 enterprises: each industry's quota spread over the industrial zones that host
/// it, with a registered name, a valid credit code of its district and a street address.
/// </summary>
internal static class EnterpriseBuilder
{
    private const double BorderMarginKm = 0.6;
    private const double LakeMarginKm = 0.6;
    private const double SpacingKm = 0.35;

    public static List<DemoEnterprise> Build(DemoRandom random, CityGeometry city)
    {
        var industries = IndustryProfiles.All.SelectMany(p => Enumerable.Repeat(p.Industry, p.Enterprises)).ToList();
        random.Shuffle(industries);

        var names = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var taken = new List<Km>();
        var enterprises = new List<DemoEnterprise>();
        foreach (var industry in industries)
        {
            var zone = IndustrialZones.All[random.PickWeighted([.. IndustrialZones.All.Select(z => z.WeightOf(industry))])];
            var district = Array.FindIndex(CityLayout.Districts, d => d.Code == zone.DistrictCode);
            var plan = CityLayout.Districts[district];
            var site = city.Place(random, district, zone.Centre, zone.SigmaKm, BorderMarginKm, LakeMarginKm, SpacingKm, taken);
            taken.Add(site);

            var name = StationBuilder.Unique(names, () => Name(industry, plan, random));
            string code;
            do
            {
                code = DemoCodes.CreditCode(plan.Code, random);
            }
            while (!codes.Add(code));

            var address = $"{plan.NameZh}{random.Pick(PlaceNames.Roads)}{random.Between(1, 899)}号";
            var at = LocalFrame.ToLonLat(site);
            enterprises.Add(new DemoEnterprise(code, name, industry, address, at.Lon, at.Lat, plan.Code));
        }

        // Listed by district; the position in the district numbers the enterprise's outlets.
        return [.. enterprises.OrderBy(e => e.DistrictCode, StringComparer.Ordinal)];
    }

    private static string Name(string industry, DistrictPlan district, DemoRandom random)
    {
        var shortName = PlaceNames.CompanyPrefix(district.Code);
        if (industry == DemoIndustries.SewageTreatment)
        {
            var place = random.Pick(PlaceNames.Of(district.Code).Where(PlaceNames.IsTown).ToArray());
            return random.Chance(0.5) ? $"常州市{place}污水处理有限公司" : $"{shortName ?? "常州市"}{place}污水处理厂";
        }

        var brand = Brand(random);
        var template = random.Pick(IndustryProfiles.Of(industry).NameTemplates);
        var roll = random.NextDouble();
        var (prefix, shareholding) = roll switch
        {
            < 0.45 => ("常州市", false),
            < 0.70 => ("江苏", random.Chance(0.35)),
            < 0.88 => ("常州", false),
            _ => (shortName ?? "常州市", false),
        };
        var name = prefix + string.Format(System.Globalization.CultureInfo.InvariantCulture, template, brand);
        return shareholding ? name.Replace("有限公司", "股份有限公司", StringComparison.Ordinal) : name;
    }

    private static string Brand(DemoRandom random)
    {
        var head = random.Pick(PlaceNames.BrandHeads);
        var tail = random.Pick(PlaceNames.BrandTails);
        return head == tail ? head + "达" : head + tail;
    }
}
