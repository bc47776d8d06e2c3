using EcoTwin.Domain.Air;

namespace EcoTwin.Domain.Codes;

// Names, default units and 2005 codes from HJ 212-2017 appendix B (tables B.1 water, B.2 air,
// B.3 noise). a05024 (O3) and w01003 (turbidity) are not in appendix B; their codes come from
// the underlying code standards (HJ 524-2009, HJ 525-2009), so StandardUnit is null.
public static partial class FactorCatalog
{
    private const string Ugm3 = "μg/m³";
    private const string Mgm3 = "mg/m³";
    private const string Ngm3 = "ng/m³";
    private const string MgL = "mg/L";

    private static readonly FactorInfo[] Entries =
    [
        new("a34004", FactorMedium.AmbientAir, "细微颗粒物PM2.5", "PM2.5", Ugm3, Ngm3, AqiPollutant: AqiPollutant.Pm25),
        new("a34002", FactorMedium.AmbientAir, "可吸入颗粒物PM10", "PM10", Ugm3, Ngm3, AqiPollutant: AqiPollutant.Pm10),
        new("a21026", FactorMedium.AmbientAir, "二氧化硫", "sulphur dioxide (SO2)", Ugm3, Mgm3, AqiPollutant: AqiPollutant.So2),
        new("a21004", FactorMedium.AmbientAir, "二氧化氮", "nitrogen dioxide (NO2)", Ugm3, Mgm3, AqiPollutant: AqiPollutant.No2),
        new("a21005", FactorMedium.AmbientAir, "一氧化碳", "carbon monoxide (CO)", Mgm3, Mgm3, AqiPollutant: AqiPollutant.Co),
        new("a05024", FactorMedium.AmbientAir, "臭氧", "ozone (O3)", Ugm3, null, AqiPollutant: AqiPollutant.O3),

        new("a01001", FactorMedium.Meteorological, "温度", "air temperature", "°C", "°C"),
        new("a01002", FactorMedium.Meteorological, "湿度", "relative humidity", "%", "%"),
        new("a01006", FactorMedium.Meteorological, "气压", "air pressure", "kPa", "kPa"),
        new("a01007", FactorMedium.Meteorological, "风速", "wind speed", "m/s", "m/s"),
        new("a01008", FactorMedium.Meteorological, "风向", "wind direction", "°", "°"),

        new("a00000", FactorMedium.FlueGas, "废气", "flue gas flow", "m³/s", "m³/s", "B02"),
        new("a34013", FactorMedium.FlueGas, "烟尘", "smoke and dust", Mgm3, Mgm3, "01"),
        new("a21026", FactorMedium.FlueGas, "二氧化硫", "sulphur dioxide (SO2)", Mgm3, Mgm3, "02"),
        new("a21002", FactorMedium.FlueGas, "氮氧化物", "nitrogen oxides (NOx)", Mgm3, Mgm3, "03"),
        new("a19001", FactorMedium.FlueGas, "氧气含量", "oxygen content (O2)", "%", "%", "S01"),
        new("a01011", FactorMedium.FlueGas, "烟气流速", "flue gas velocity", "m/s", "m/s", "S02"),
        new("a01012", FactorMedium.FlueGas, "烟气温度", "flue gas temperature", "°C", "°C", "S03"),
        new("a01013", FactorMedium.FlueGas, "烟气压力", "flue gas pressure", "kPa", "kPa", "S08"),
        new("a01014", FactorMedium.FlueGas, "烟气湿度", "flue gas humidity", "%", "%", "S05"),

        new("w00000", FactorMedium.Water, "污水", "wastewater flow", "L/s", "L/s", "B01"),
        new("w01018", FactorMedium.Water, "化学需氧量", "chemical oxygen demand (COD)", MgL, MgL, "011"),
        new("w21003", FactorMedium.Water, "氨氮", "ammonia nitrogen (NH3-N)", MgL, MgL, "060"),
        new("w21011", FactorMedium.Water, "总磷", "total phosphorus", MgL, MgL, "101"),
        new("w21001", FactorMedium.Water, "总氮", "total nitrogen", MgL, MgL, "065"),
        new("w01001", FactorMedium.Water, "pH值", "pH", string.Empty, string.Empty, "001"),
        new("w01009", FactorMedium.Water, "溶解氧", "dissolved oxygen", MgL, MgL),
        new("w01010", FactorMedium.Water, "水温", "water temperature", "°C", "°C"),
        new("w01014", FactorMedium.Water, "电导率", "conductivity", "μS/cm", "μS/cm"),
        new("w01003", FactorMedium.Water, "浊度", "turbidity", "NTU", null),

        new("LA", FactorMedium.Noise, "A权声级", "A-weighted sound level", "dB", "dB"),
        new("L5", FactorMedium.Noise, "累计百分声级L5", "percentile sound level L5", "dB", "dB"),
        new("L10", FactorMedium.Noise, "累计百分声级L10", "percentile sound level L10", "dB", "dB"),
        new("L50", FactorMedium.Noise, "累计百分声级L50", "percentile sound level L50", "dB", "dB"),
        new("L90", FactorMedium.Noise, "累计百分声级L90", "percentile sound level L90", "dB", "dB"),
        new("L95", FactorMedium.Noise, "累计百分声级L95", "percentile sound level L95", "dB", "dB"),
        new("Leq", FactorMedium.Noise, "等效声级", "equivalent continuous sound level", "dB", "dB"),
        new("Ldn", FactorMedium.Noise, "昼夜等效声级", "day-night equivalent sound level", "dB", "dB"),
        new("Ld", FactorMedium.Noise, "昼间等效声级", "daytime equivalent sound level", "dB", "dB"),
        new("Ln", FactorMedium.Noise, "夜间等效声级", "night-time equivalent sound level", "dB", "dB"),
        new("LMx", FactorMedium.Noise, "最大的瞬时声级", "maximum instantaneous sound level", "dB", "dB"),
        new("LMn", FactorMedium.Noise, "最小的瞬时声级", "minimum instantaneous sound level", "dB", "dB"),
    ];
}
