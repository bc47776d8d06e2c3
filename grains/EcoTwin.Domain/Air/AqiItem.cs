namespace EcoTwin.Domain.Air;

/// <summary>
/// A pollutant with its averaging period: one row (scale) of the HJ 633-2012 breakpoint table.
/// Keys such as "so2-24h" are given by <see cref="AqiItems.Key"/>.
/// </summary>
/// <remarks>
/// HJ 633-2012 has no 1-hour rows for PM10 and PM2.5. For the real-time (hourly) report the
/// 1-hour concentrations of PM10 and PM2.5 are indexed on the 24-hour rows: the real-time
/// publication format of HJ 633-2012 lists an IAQI for the PM 1-hour averages (and none for
/// the PM 24-hour moving averages, which are published as concentrations only), and the
/// national real-time platform computes particulate IAQIs from the hourly values on the 24 h
/// scale since 2014-01-01. <see cref="Pm10Avg1h"/> and <see cref="Pm25Avg1h"/> therefore share
/// the breakpoints of <see cref="Pm10Avg24h"/> and <see cref="Pm25Avg24h"/>.
/// </remarks>
public enum AqiItem
{
    /// <summary>SO2 24-hour average ("so2-24h"), μg/m³.</summary>
    So2Avg24h,

    /// <summary>SO2 1-hour average ("so2-1h"), μg/m³; real-time report only; not indexed above 800.</summary>
    So2Avg1h,

    /// <summary>NO2 24-hour average ("no2-24h"), μg/m³.</summary>
    No2Avg24h,

    /// <summary>NO2 1-hour average ("no2-1h"), μg/m³; real-time report only.</summary>
    No2Avg1h,

    /// <summary>PM10 24-hour average ("pm10-24h"), μg/m³.</summary>
    Pm10Avg24h,

    /// <summary>PM10 1-hour average ("pm10-1h"), μg/m³, indexed on the 24 h breakpoints.</summary>
    Pm10Avg1h,

    /// <summary>CO 24-hour average ("co-24h"), mg/m³.</summary>
    CoAvg24h,

    /// <summary>CO 1-hour average ("co-1h"), mg/m³; real-time report only.</summary>
    CoAvg1h,

    /// <summary>O3 1-hour average ("o3-1h"), μg/m³; in the daily report the day's maximum.</summary>
    O3Avg1h,

    /// <summary>O3 8-hour moving average ("o3-8h"), μg/m³; in the daily report the day's maximum; not indexed above 800.</summary>
    O3Avg8h,

    /// <summary>PM2.5 24-hour average ("pm25-24h"), μg/m³.</summary>
    Pm25Avg24h,

    /// <summary>PM2.5 1-hour average ("pm25-1h"), μg/m³, indexed on the 24 h breakpoints.</summary>
    Pm25Avg1h,
}
