namespace EcoTwin.Domain.Demo;

/// <summary>A polluting enterprise of the demo city, with online-monitored outlets.</summary>
/// <param name="CreditCode">
/// Its unified social credit code (GB 32100): 9 (market regulation), 1 (enterprise), the
/// district code, a GB 11714 organisation code and the check character.
/// </param>
/// <param name="NameZh">The registered Chinese name, e.g. 常州市华达化工有限公司.</param>
/// <param name="Industry">The industry key, one of <see cref="DemoIndustries.All"/>.</param>
/// <param name="Address">The street address, e.g. 新北区汉江路123号.</param>
/// <param name="Lon">Longitude in degrees.</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="DistrictCode">The code of the district whose polygon contains the site (also characters 3-8 of the credit code).</param>
public sealed record DemoEnterprise(
    string CreditCode,
    string NameZh,
    string Industry,
    string Address,
    double Lon,
    double Lat,
    string DistrictCode);
