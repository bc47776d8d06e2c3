namespace EcoTwin.Domain.Quality;

/// <summary>
/// An average with its validity: an hourly, 8-hour or daily value. 16 bytes, so a day of
/// hourly history per factor is 384 bytes.
/// </summary>
/// <param name="Value">The mean of the valid data it was made from; NaN when there was none.</param>
/// <param name="ValidCount">
/// How much valid data it was made from: valid minutes (hourly), valid hours (8-hour, daily) or
/// valid 8-hour values (daily maximum 8-hour).
/// </param>
/// <param name="IsValid">True when <paramref name="ValidCount"/> meets the rule of <see cref="ValidityRules"/>.</param>
public readonly record struct AveragedValue(double Value, int ValidCount, bool IsValid)
{
    /// <summary>No data at all: NaN, count 0, invalid.</summary>
    public static AveragedValue Missing => new(double.NaN, 0, false);

    /// <summary>True when there was any valid data (the value is a number, valid or not).</summary>
    public bool HasValue => !double.IsNaN(Value);

    /// <summary>
    /// The value as a decimal when valid, else null: the form the AQI inputs take. Converted with
    /// 15 significant digits, which removes binary noise.
    /// </summary>
    public decimal? ValidDecimal => IsValid && double.IsFinite(Value) ? (decimal)Value : null;
}
