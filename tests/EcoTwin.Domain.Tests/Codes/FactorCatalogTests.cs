using EcoTwin.Domain.Air;
using EcoTwin.Domain.Codes;

namespace EcoTwin.Domain.Tests.Codes;

public class FactorCatalogTests
{
    [Theory]
    [InlineData("a34004", AqiPollutant.Pm25, "μg/m³")]
    [InlineData("a34002", AqiPollutant.Pm10, "μg/m³")]
    [InlineData("a21026", AqiPollutant.So2, "μg/m³")]
    [InlineData("a21004", AqiPollutant.No2, "μg/m³")]
    [InlineData("a21005", AqiPollutant.Co, "mg/m³")]
    [InlineData("a05024", AqiPollutant.O3, "μg/m³")]
    public void Ambient_air_factors_map_to_their_aqi_pollutant_in_the_aqi_unit(string code, AqiPollutant pollutant, string unit)
    {
        var factor = FactorCatalog.Find(code, FactorMedium.AmbientAir)!;

        Assert.Equal(pollutant, factor.AqiPollutant);
        Assert.Equal(unit, factor.Unit);
        Assert.Equal(pollutant.Unit(), factor.Unit);
        Assert.Equal(code, FactorCatalog.ForAqi(pollutant).Code);
    }

    [Fact]
    public void So2_serves_ambient_air_and_flue_gas_with_different_units()
    {
        var so2 = FactorCatalog.FindAll("a21026");

        Assert.Equal([FactorMedium.AmbientAir, FactorMedium.FlueGas], so2.Select(f => f.Medium));
        Assert.Equal(["μg/m³", "mg/m³"], so2.Select(f => f.Unit));
        Assert.Null(FactorCatalog.Find("a21026", FactorMedium.FlueGas)!.AqiPollutant);
    }

    [Fact]
    public void The_standard_default_unit_is_kept_beside_the_platform_unit()
    {
        var pm25 = FactorCatalog.Find("a34004", FactorMedium.AmbientAir)!;

        Assert.Equal("细微颗粒物PM2.5", pm25.NameZh);
        Assert.Equal("ng/m³", pm25.StandardUnit); // as printed in HJ 212-2017 table B.2
        Assert.Null(FactorCatalog.Find("a05024", FactorMedium.AmbientAir)!.StandardUnit); // not in appendix B
    }

    [Theory]
    [InlineData("01", "a34013")]
    [InlineData("02", "a21026")]
    [InlineData("03", "a21002")]
    [InlineData("011", "w01018")]
    [InlineData("060", "w21003")]
    [InlineData("B01", "w00000")]
    [InlineData("B02", "a00000")]
    [InlineData("S01", "a19001")]
    [InlineData("001", "w01001")]
    [InlineData("065", "w21001")]
    [InlineData("101", "w21011")]
    [InlineData("S02", "a01011")]
    [InlineData("S03", "a01012")]
    [InlineData("S05", "a01014")]
    [InlineData("S08", "a01013")]
    public void Codes_of_2005_map_to_their_2017_codes(string legacy, string current)
    {
        Assert.Equal(current, FactorCatalog.FromLegacyCode(legacy));
        Assert.Equal(current, FactorCatalog.ToCurrentCode(legacy));
    }

    [Fact]
    public void Codes_compare_without_case_and_unknown_codes_are_not_found()
    {
        Assert.Equal("a34004", FactorCatalog.ToCurrentCode("A34004"));
        Assert.Equal("Leq", FactorCatalog.ToCurrentCode("LEQ"));
        Assert.Equal("B02", FactorCatalog.Find("a00000", FactorMedium.FlueGas)!.LegacyCode);
        Assert.Null(FactorCatalog.ToCurrentCode("a99999"));
        Assert.Null(FactorCatalog.FromLegacyCode("99"));
        Assert.Empty(FactorCatalog.FindAll("a99999"));
        Assert.Null(FactorCatalog.Find("a34004", FactorMedium.Water));
    }

    [Theory]
    [InlineData("a01001", FactorMedium.Meteorological, "°C")]
    [InlineData("a01002", FactorMedium.Meteorological, "%")]
    [InlineData("a01006", FactorMedium.Meteorological, "kPa")]
    [InlineData("a01007", FactorMedium.Meteorological, "m/s")]
    [InlineData("a01008", FactorMedium.Meteorological, "°")]
    [InlineData("a00000", FactorMedium.FlueGas, "m³/s")]
    [InlineData("a34013", FactorMedium.FlueGas, "mg/m³")]
    [InlineData("a21002", FactorMedium.FlueGas, "mg/m³")]
    [InlineData("a19001", FactorMedium.FlueGas, "%")]
    [InlineData("a01011", FactorMedium.FlueGas, "m/s")]
    [InlineData("a01012", FactorMedium.FlueGas, "°C")]
    [InlineData("a01013", FactorMedium.FlueGas, "kPa")]
    [InlineData("a01014", FactorMedium.FlueGas, "%")]
    [InlineData("w00000", FactorMedium.Water, "L/s")]
    [InlineData("w01018", FactorMedium.Water, "mg/L")]
    [InlineData("w21003", FactorMedium.Water, "mg/L")]
    [InlineData("w21011", FactorMedium.Water, "mg/L")]
    [InlineData("w21001", FactorMedium.Water, "mg/L")]
    [InlineData("w01001", FactorMedium.Water, "")]
    [InlineData("w01009", FactorMedium.Water, "mg/L")]
    [InlineData("w01010", FactorMedium.Water, "°C")]
    [InlineData("w01014", FactorMedium.Water, "μS/cm")]
    [InlineData("w01003", FactorMedium.Water, "NTU")]
    [InlineData("LA", FactorMedium.Noise, "dB")]
    public void Every_listed_factor_is_catalogued_with_medium_and_unit(string code, FactorMedium medium, string unit)
    {
        Assert.Equal(unit, FactorCatalog.Find(code, medium)!.Unit);
    }

    [Fact]
    public void Code_and_medium_pairs_and_legacy_codes_are_unique()
    {
        Assert.Equal(FactorCatalog.All.Count, FactorCatalog.All.Select(f => (f.Code, f.Medium)).Distinct().Count());
        var legacy = FactorCatalog.All.Where(f => f.LegacyCode is not null).Select(f => f.LegacyCode!).ToList();
        Assert.Equal(legacy.Count, legacy.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(6, FactorCatalog.All.Count(f => f.AqiPollutant is not null));
    }
}
