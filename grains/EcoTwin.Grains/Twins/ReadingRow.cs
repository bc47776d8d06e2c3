using EcoTwin.Contracts.Twins;

namespace EcoTwin.Grains.Twins;

/// <summary>One row of a twin's readings history; the same row written twice is stored once (latest wins).</summary>
/// <param name="Kind">The twin kind.</param>
/// <param name="Key">The twin key.</param>
/// <param name="Factor">The factor code.</param>
/// <param name="Interval">Raw, hour or day.</param>
/// <param name="Time">The sampling moment or the interval start (UTC).</param>
/// <param name="Value">The value; null when there was none.</param>
/// <param name="Flag">The data flag letter (N, D, M, ...); for averages N when valid.</param>
/// <param name="Valid">Whether the value is valid (N data; averages meeting the validity rule).</param>
public sealed record ReadingRow(TwinKind Kind, string Key, string Factor, ReadingInterval Interval, DateTimeOffset Time, double? Value, char Flag, bool Valid);
