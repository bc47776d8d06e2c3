using EcoTwin.Domain.Air;

namespace EcoTwin.Domain.Codes;

/// <summary>One HJ 212-2017 monitoring factor in one medium.</summary>
/// <param name="Code">The 2017 factor code, e.g. "a34004".</param>
/// <param name="Medium">What it is measured in.</param>
/// <param name="NameZh">The Chinese name, as in HJ 212-2017 appendix B where the code is listed there.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="Unit">
/// The concentration unit this platform expects and shows, e.g. "μg/m³". For ambient air
/// pollutants this is the AQI unit (CO mg/m³, the rest μg/m³), which differs from the standard's
/// default; "" for dimensionless values (pH).
/// </param>
/// <param name="StandardUnit">The default unit printed in HJ 212-2017 appendix B, or null when the code is not listed there.</param>
/// <param name="LegacyCode">The HJ/T 212-2005 code (appendix B column 原编码), or null.</param>
/// <param name="AqiPollutant">The HJ 633 pollutant it measures, for ambient air factors that enter the AQI.</param>
public sealed record FactorInfo(
    string Code,
    FactorMedium Medium,
    string NameZh,
    string NameEn,
    string Unit,
    string? StandardUnit,
    string? LegacyCode = null,
    AqiPollutant? AqiPollutant = null);
