using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Twins;

/// <summary>One factor's value in one upload, as a twin applies it.</summary>
/// <param name="Code">The HJ 212 factor code (2017 form).</param>
/// <param name="Kind">Which upload it came from.</param>
/// <param name="Time">DataTime in UTC: the sampling moment (real-time) or the interval start.</param>
/// <param name="Value">Rtd (real-time) or Avg; null when the upload carried none.</param>
/// <param name="Converted">The converted (折算, Zs) value when sent: ZsRtd or ZsAvg.</param>
/// <param name="Cumulative">Cou, the cumulative (emitted) amount of the interval, when sent.</param>
/// <param name="Flag">The data flag (a missing flag counts as N).</param>
public sealed record FactorSample(string Code, SampleKind Kind, DateTimeOffset Time, double? Value, double? Converted, double? Cumulative, DataFlag Flag);
