namespace EcoTwin.Domain.Demo;

/// <summary>An ambient air or surface water quality monitoring station of the demo city.</summary>
/// <param name="Code">The station code, which is also its HJ 212 device MN, e.g. "320402AQ000001".</param>
/// <param name="NameZh">The Chinese name, e.g. 天宁区红梅公园.</param>
/// <param name="Kind"><see cref="DemoKinds.Air"/> or <see cref="DemoKinds.Water"/>.</param>
/// <param name="Lon">Longitude in degrees.</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="DistrictCode">The code of the district whose polygon contains the station.</param>
/// <param name="Factors">The HJ 212-2017 factor codes it measures.</param>
/// <param name="Password">The 6-character HJ 212 password (PW) of its device.</param>
public sealed record DemoStation(
    string Code,
    string NameZh,
    string Kind,
    double Lon,
    double Lat,
    string DistrictCode,
    IReadOnlyList<string> Factors,
    string Password);
