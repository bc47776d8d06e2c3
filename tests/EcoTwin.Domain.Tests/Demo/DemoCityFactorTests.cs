using EcoTwin.Domain.Codes;
using EcoTwin.Domain.Demo;

namespace EcoTwin.Domain.Tests.Demo;

public class DemoCityFactorTests
{
    private static DemoCity City => TestCities.Default;

    [Fact]
    public void Air_stations_measure_the_six_aqi_pollutants_and_some_the_weather()
    {
        string[] pollutants = ["a34004", "a34002", "a21026", "a21004", "a21005", "a05024"];
        string[] weather = ["a01001", "a01002", "a01007", "a01008"];
        var air = City.Stations.Where(s => s.Kind == DemoKinds.Air).ToList();

        Assert.All(air, s => Assert.Equal(pollutants, s.Factors.Take(6)));
        Assert.All(air, s => Assert.True(s.Factors.Count == 6 || s.Factors.Skip(6).SequenceEqual(weather), s.Code));
        Assert.InRange(air.Count(s => s.Factors.Count == 10), 10, 90);
        Assert.All(air.SelectMany(s => s.Factors), f => Assert.NotEmpty(FactorCatalog.FindAll(f)));
    }

    [Fact]
    public void Water_stations_measure_the_surface_water_factors()
    {
        string[] expected = ["w01001", "w01009", "w01018", "w21003", "w21011", "w21001", "w01010"];

        Assert.All(City.Stations.Where(s => s.Kind == DemoKinds.Water), s => Assert.Equal(expected, s.Factors));
        Assert.All(expected, f => Assert.NotNull(FactorCatalog.Find(f, FactorMedium.Water)));
    }

    [Fact]
    public void Gas_outlets_measure_flow_dust_so2_nox_and_o2_with_limits_in_the_usual_ranges()
    {
        var gas = City.Sources.Where(s => s.Medium == DemoKinds.Gas).ToList();

        Assert.NotEmpty(gas);
        foreach (var source in gas)
        {
            Assert.Equal(["a00000", "a34013", "a21026", "a21002", "a19001"], source.Factors);
            Assert.All(source.Factors, f => Assert.NotNull(FactorCatalog.Find(f, FactorMedium.FlueGas)));
            Assert.Equal(["a21002", "a21026", "a34013"], source.Limits.Keys.Order(StringComparer.Ordinal));
            Assert.InRange(source.Limits["a34013"], 10, 40); // 40: GB 28662-2012 special limit for sinter heads
            Assert.InRange(source.Limits["a21026"], 35, 200);
            Assert.InRange(source.Limits["a21002"], 50, 300);
            Assert.Empty(source.LowerLimits);
        }
    }

    [Fact]
    public void Water_outlets_measure_flow_cod_ammonia_phosphorus_and_ph_within_6_to_9()
    {
        var water = City.Sources.Where(s => s.Medium == DemoKinds.Water).ToList();

        Assert.NotEmpty(water);
        foreach (var source in water)
        {
            Assert.Equal(["w00000", "w01018", "w21003", "w21011", "w01001"], source.Factors.Take(5));
            Assert.All(source.Factors, f => Assert.NotNull(FactorCatalog.Find(f, FactorMedium.Water)));
            Assert.InRange(source.Limits["w01018"], 50, 500);
            Assert.InRange(source.Limits["w21003"], 5, 45);
            Assert.InRange(source.Limits["w21011"], 0.5, 8);
            Assert.Equal(9, source.Limits["w01001"]);
            Assert.Equal(6, source.LowerLimits["w01001"]);
            Assert.All(source.Limits.Keys, k => Assert.Contains(k, source.Factors));
        }
    }

    [Fact]
    public void Sewage_treatment_plants_discharge_water_only_and_also_measure_total_nitrogen()
    {
        var plants = City.Enterprises.Where(e => e.Industry == DemoIndustries.SewageTreatment).Select(e => e.CreditCode).ToHashSet();
        var outlets = City.Sources.Where(s => plants.Contains(s.EnterpriseCode)).ToList();

        Assert.NotEmpty(outlets);
        Assert.All(outlets, s => Assert.Equal(DemoKinds.Water, s.Medium));
        Assert.All(outlets, s => Assert.Equal(15, s.Limits["w21001"]));
    }
}
