namespace EcoTwin.Domain.Air;

/// <summary>
/// One of the six pollutants of HJ 633-2012 (GB 3095-2012 basic items). The declaration order is
/// the order of HJ 633-2012 table 1 and the order in which primary pollutants are listed.
/// </summary>
public enum AqiPollutant
{
    /// <summary>Sulphur dioxide, 二氧化硫 (SO2), μg/m³.</summary>
    So2,

    /// <summary>Nitrogen dioxide, 二氧化氮 (NO2), μg/m³.</summary>
    No2,

    /// <summary>Particulate matter ≤ 10 μm, 颗粒物（粒径小于等于10μm） (PM10), μg/m³.</summary>
    Pm10,

    /// <summary>Carbon monoxide, 一氧化碳 (CO), mg/m³.</summary>
    Co,

    /// <summary>Ozone, 臭氧 (O3), μg/m³.</summary>
    O3,

    /// <summary>Particulate matter ≤ 2.5 μm, 颗粒物（粒径小于等于2.5μm） (PM2.5), μg/m³.</summary>
    Pm25,
}
