namespace EcoTwin.Domain.Demo;

/// <summary>The plan of one district before jitter: its ring of layout nodes and its urban centre.</summary>
/// <param name="Code">GB/T 2260 code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Ring">Layout node ids, counter-clockwise, not repeating the first.</param>
/// <param name="Centre">The urban centre, where stations are densest.</param>
/// <param name="CoreSigma">Spread (km) of the stations placed around the centre.</param>
/// <param name="AirStations">How many air stations the district gets.</param>
/// <param name="TrafficFactor">Relative traffic load (NO2, CO) of the district: core above 1, rural below.</param>
internal sealed record DistrictPlan(
    string Code,
    string NameZh,
    string NameEn,
    string[] Ring,
    Km Centre,
    double CoreSigma,
    int AirStations,
    double TrafficFactor);
