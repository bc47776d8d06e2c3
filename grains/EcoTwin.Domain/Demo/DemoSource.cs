namespace EcoTwin.Domain.Demo;

/// <summary>A discharge outlet with online monitoring (a pollution source) of a demo enterprise.</summary>
/// <param name="Mn">The HJ 212 device MN, e.g. "320411FG000302" (district, FG flue gas or WW wastewater, enterprise serial, outlet number).</param>
/// <param name="EnterpriseCode">The credit code of its enterprise.</param>
/// <param name="NameZh">The Chinese name: enterprise name and outlet, e.g. 常州市华达化工有限公司1#锅炉排放口.</param>
/// <param name="Medium"><see cref="DemoKinds.Gas"/> or <see cref="DemoKinds.Water"/>.</param>
/// <param name="Lon">Longitude in degrees, within a few hundred metres of the enterprise.</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="DistrictCode">The code of the district whose polygon contains the outlet (the enterprise's district).</param>
/// <param name="Factors">The HJ 212-2017 factor codes it measures (flow first).</param>
/// <param name="Limits">
/// Upper emission limits by factor code: mg/m³ for flue gas, mg/L for water, pH units for
/// w01001. A value above its limit is an exceedance.
/// </param>
/// <param name="LowerLimits">
/// Lower limits by factor code, for factors with a permitted range (pH: w01001 6, with its
/// upper limit 9 in <paramref name="Limits"/>). A value below its lower limit is an exceedance.
/// </param>
/// <param name="Password">The 6-character HJ 212 password (PW) of its device.</param>
public sealed record DemoSource(
    string Mn,
    string EnterpriseCode,
    string NameZh,
    string Medium,
    double Lon,
    double Lat,
    string DistrictCode,
    IReadOnlyList<string> Factors,
    IReadOnlyDictionary<string, double> Limits,
    IReadOnlyDictionary<string, double> LowerLimits,
    string Password);
