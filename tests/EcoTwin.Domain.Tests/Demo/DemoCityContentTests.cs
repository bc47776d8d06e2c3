using EcoTwin.Domain.Codes;
using EcoTwin.Domain.Demo;

namespace EcoTwin.Domain.Tests.Demo;

public class DemoCityContentTests
{
    private static DemoCity City => TestCities.Default;

    [Fact]
    public void The_city_has_eight_districts_120_stations_300_enterprises_and_600_outlets()
    {
        Assert.InRange(City.Districts.Count, 7, 9);
        Assert.Equal(100, City.Stations.Count(s => s.Kind == DemoKinds.Air));
        Assert.Equal(20, City.Stations.Count(s => s.Kind == DemoKinds.Water));
        Assert.Equal(120, City.Stations.Count);
        Assert.Equal(300, City.Enterprises.Count);
        Assert.Equal(600, City.Sources.Count);
        Assert.Equal(DemoCity.DefaultSeed, City.Seed);
        Assert.Equal(("320400", "常州市"), (City.Code, City.NameZh));
    }

    [Fact]
    public void Every_district_code_is_a_valid_county_code_of_the_city()
    {
        var city = DivisionCode.Parse(City.Code);
        foreach (var district in City.Districts)
        {
            Assert.True(DivisionCode.TryParse(district.Code, out var code, out var error), error);
            Assert.Equal(DivisionLevel.County, code.Level);
            Assert.Equal(city, code.Parent);
            Assert.False(string.IsNullOrEmpty(district.NameZh));
            Assert.False(string.IsNullOrEmpty(district.NameEn));
        }

        Assert.Equal(City.Districts.Count, City.Districts.Select(d => d.Code).Distinct().Count());
        Assert.Contains(City.Districts, d => d is { Code: "320402", NameZh: "天宁区" });
        Assert.Contains(City.Districts, d => d is { Code: "320481", NameZh: "溧阳市" });
    }

    [Fact]
    public void Every_credit_code_is_valid_and_registered_in_the_enterprise_district()
    {
        foreach (var enterprise in City.Enterprises)
        {
            var check = CreditCode.Validate(enterprise.CreditCode);
            Assert.True(check.IsValid, $"{enterprise.CreditCode}: {check.Message}");
            var code = CreditCode.Parse(enterprise.CreditCode);
            Assert.Equal(('9', '1'), (code.RegistrationAuthority, code.Category));
            Assert.Equal(enterprise.DistrictCode, code.RegistrationDivision);
        }

        Assert.Equal(300, City.Enterprises.Select(e => e.CreditCode).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Enterprises_have_unique_names_known_industries_and_addresses_in_their_district()
    {
        var districts = City.Districts.ToDictionary(d => d.Code, d => d.NameZh);
        foreach (var enterprise in City.Enterprises)
        {
            Assert.Contains(enterprise.Industry, DemoIndustries.All);
            Assert.False(string.IsNullOrEmpty(DemoIndustries.NameZh(enterprise.Industry)));
            Assert.StartsWith(districts[enterprise.DistrictCode], enterprise.Address, StringComparison.Ordinal);
            Assert.EndsWith("号", enterprise.Address, StringComparison.Ordinal);
            Assert.True(enterprise.NameZh.EndsWith("公司", StringComparison.Ordinal) || enterprise.NameZh.EndsWith("厂", StringComparison.Ordinal), enterprise.NameZh);
        }

        Assert.Equal(300, City.Enterprises.Select(e => e.NameZh).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DemoIndustries.All, industry => Assert.Contains(City.Enterprises, e => e.Industry == industry));
    }

    [Fact]
    public void Every_enterprise_has_one_to_four_outlets_and_every_outlet_an_enterprise()
    {
        var outlets = City.Sources.GroupBy(s => s.EnterpriseCode).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(City.Enterprises, e => Assert.InRange(outlets.GetValueOrDefault(e.CreditCode), 1, 4));
        Assert.Equal(300, outlets.Count);
        Assert.All(City.Sources, s => Assert.Contains(s.EnterpriseCode, outlets.Keys));
    }

    [Fact]
    public void Station_codes_and_outlet_mns_are_unique_hj212_mns()
    {
        var mns = City.Stations.Select(s => s.Code).Concat(City.Sources.Select(s => s.Mn)).ToList();

        Assert.Equal(mns.Count, mns.Distinct(StringComparer.Ordinal).Count());
        Assert.All(mns, mn =>
        {
            Assert.InRange(mn.Length, 14, 24);
            Assert.True(mn.All(char.IsAsciiLetterOrDigit), mn);
        });
        Assert.All(City.Stations, s => Assert.StartsWith(s.DistrictCode, s.Code, StringComparison.Ordinal));
        Assert.All(City.Sources, s => Assert.StartsWith(s.DistrictCode, s.Mn, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_device_has_a_six_character_password()
    {
        var passwords = City.Stations.Select(s => s.Password).Concat(City.Sources.Select(s => s.Password)).ToList();

        Assert.All(passwords, pw => Assert.Matches("^[0-9]{6}$", pw));
        Assert.True(passwords.Distinct().Count() > 600, "passwords should differ from device to device");
    }

    [Fact]
    public void Station_names_are_unique_and_start_with_the_district_or_the_water_body()
    {
        var districts = City.Districts.ToDictionary(d => d.Code, d => d.NameZh);

        Assert.Equal(120, City.Stations.Select(s => s.NameZh).Distinct(StringComparer.Ordinal).Count());
        Assert.All(City.Stations.Where(s => s.Kind == DemoKinds.Air), s => Assert.StartsWith(districts[s.DistrictCode], s.NameZh, StringComparison.Ordinal));
        var waterBodies = City.Lines.Where(l => l.Kind is DemoKinds.River or DemoKinds.Canal).Select(l => l.NameZh).Concat(City.Areas.Select(a => a.NameZh));
        Assert.All(City.Stations.Where(s => s.Kind == DemoKinds.Water), s => Assert.Contains(waterBodies, w => s.NameZh.StartsWith(w, StringComparison.Ordinal)));
    }
}
