namespace EcoTwin.Domain.Codes;

/// <summary>The level of an administrative division code (GB/T 2260).</summary>
public enum DivisionLevel
{
    /// <summary>Province-level: province, autonomous region, municipality, SAR (xx0000).</summary>
    Province,

    /// <summary>Prefecture (city) level, or a grouping such as 市辖区 / 省直辖县级行政区划 (xxxx00).</summary>
    City,

    /// <summary>County level: district, county, county-level city (xxxxxx).</summary>
    County,
}
