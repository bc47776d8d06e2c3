namespace EcoTwin.Domain.Records;

/// <summary>One limit of a discharge permit: an outlet's permitted range of one factor.</summary>
/// <param name="Outlet">The outlet's MN.</param>
/// <param name="Factor">The HJ 212 factor code.</param>
/// <param name="Max">The upper limit.</param>
/// <param name="Min">The lower limit, where one applies (pH).</param>
/// <param name="Unit">The unit (mg/L, mg/m³ ...), for people.</param>
public sealed record PermitLimit(string Outlet, string Factor, double? Max, double? Min, string? Unit);
