namespace EcoTwin.Domain.Quality;

/// <summary>
/// The minimum amounts of valid data for an average to be valid (GB 3095-2012 table 4,
/// HJ 663-2013). Only data flagged N is valid.
/// </summary>
public static class ValidityRules
{
    /// <summary>An hourly average needs at least 45 valid minutes of the hour.</summary>
    public const int MinValidMinutesPerHour = 45;

    /// <summary>A 24-hour (daily) average needs at least 20 valid hourly averages.</summary>
    public const int MinValidHoursPerDay = 20;

    /// <summary>An O3 8-hour moving average needs at least 6 valid hourly averages of its 8 hours.</summary>
    public const int MinValidHoursPerEightHours = 6;

    /// <summary>The daily maximum O3 8-hour average needs at least 14 valid 8-hour averages of the day's 17.</summary>
    public const int MinValidEightHourValuesPerDay = 14;

    /// <summary>The number of 8-hour windows in one day: those ending at 08:00, 09:00 ... 24:00.</summary>
    public const int EightHourWindowsPerDay = 17;
}
