namespace EcoTwin.Domain.Codes;

/// <summary>One system code (ST) of HJ 212-2017 table 5.</summary>
/// <param name="Code">The two-character code, e.g. "22".</param>
/// <param name="NameZh">The Chinese name from table 5.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="Category">The category of its range.</param>
public sealed record SystemCodeInfo(string Code, string NameZh, string NameEn, SystemCategory Category);
