namespace EcoTwin.Domain.Air;

/// <summary>The individual air quality index (IAQI, 空气质量分指数) of one item, HJ 633-2012 formula (1).</summary>
public static class Iaqi
{
    /// <summary>
    /// Computes the IAQI of a concentration on the item's scale:
    /// IAQI = (IAQI_hi − IAQI_lo) / (BP_hi − BP_lo) × (C − BP_lo) + IAQI_lo, rounded up to an
    /// integer (HJ 633-2012: IAQI and AQI are always rounded up, 进位取整). The arithmetic is done in
    /// <see cref="decimal"/>, multiplying before dividing, so a concentration on a breakpoint gives
    /// that breakpoint's IAQI exactly. Above the last breakpoint the IAQI is 500, except on the
    /// truncated scales (SO2 1 h, O3 8 h) where the result is null: "not indexed on this scale".
    /// </summary>
    /// <param name="item">The scale.</param>
    /// <param name="concentration">The concentration in the item's unit (μg/m³, CO mg/m³), ≥ 0.</param>
    /// <returns>The IAQI 0..500, or null when a truncated scale does not index the value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The concentration is negative.</exception>
    public static int? Compute(AqiItem item, decimal concentration)
    {
        if (concentration < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(concentration),
                concentration,
                $"{item.Key()}: concentration must be >= 0 {item.Unit()}, got {concentration}.");
        }

        var row = AqiBreakpoints.Row(item);
        for (var i = 1; i < row.Length; i++)
        {
            if (concentration <= row[i])
            {
                var iaqiLow = AqiBreakpoints.IaqiSteps[i - 1];
                var iaqiHigh = AqiBreakpoints.IaqiSteps[i];
                var value = (iaqiHigh - iaqiLow) * (concentration - row[i - 1]) / (row[i] - row[i - 1]) + iaqiLow;
                return (int)decimal.Ceiling(value);
            }
        }

        return AqiBreakpoints.IsTruncated(item) ? null : AqiBreakpoints.MaxIaqi;
    }
}
