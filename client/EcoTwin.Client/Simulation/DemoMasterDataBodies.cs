using EcoTwin.Domain.Demo;

namespace EcoTwin.Client.Simulation;

/// <summary>
/// The bodies of <c>PUT /api/stations/{code}</c> and <c>PUT /api/sources/{mn}</c> (docs/api.md) for a
/// demo city's station and outlet: what the simulator registers, and what tests seed a silo with.
/// </summary>
public static class DemoMasterDataBodies
{
    /// <summary>A station's master data.</summary>
    public static object Station(DemoStation station)
    {
        ArgumentNullException.ThrowIfNull(station);
        return new
        {
            code = station.Code,
            name = station.NameZh,
            kind = station.Kind,
            location = new { lon = station.Lon, lat = station.Lat },
            districtCode = station.DistrictCode,
            factors = station.Factors,
        };
    }

    /// <summary>An outlet's master data, with its upper and lower limits by factor.</summary>
    public static object Source(DemoSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new
        {
            mn = source.Mn,
            enterpriseCode = source.EnterpriseCode,
            name = source.NameZh,
            medium = source.Medium,
            location = new { lon = source.Lon, lat = source.Lat },
            districtCode = source.DistrictCode,
            factors = source.Factors,
            limits = source.Factors
                .Where(factor => source.Limits.ContainsKey(factor) || source.LowerLimits.ContainsKey(factor))
                .ToDictionary(
                    factor => factor,
                    factor => new { max = source.Limits.TryGetValue(factor, out var max) ? max : (double?)null, min = source.LowerLimits.TryGetValue(factor, out var min) ? min : (double?)null }),
        };
    }
}
