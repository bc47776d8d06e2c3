namespace EcoTwin.Domain.Demo;

/// <summary>
/// Monthly climatology of the demo city (Yangtze delta): mean levels by month, interpolated
/// between mid-months so levels change smoothly through the year.
/// </summary>
internal static class Seasons
{
    public static readonly double[] Pm25 = [70, 58, 50, 42, 36, 30, 24, 24, 29, 36, 50, 62];
    public static readonly double[] No2 = [48, 40, 38, 32, 28, 25, 22, 23, 28, 36, 44, 48];
    public static readonly double[] So2 = [11, 10, 9, 8, 7, 6, 6, 6, 7, 8, 9, 10];
    public static readonly double[] Co = [1.0, 0.9, 0.8, 0.7, 0.65, 0.6, 0.6, 0.6, 0.65, 0.7, 0.85, 0.95];
    public static readonly double[] O3Peak = [70, 85, 110, 140, 165, 170, 160, 160, 155, 130, 95, 72];
    public static readonly double[] O3Night = [20, 25, 35, 45, 55, 55, 50, 50, 45, 35, 24, 20];
    public static readonly double[] AirTemperature = [3.5, 5.5, 10, 16, 21.5, 25.5, 29, 28.5, 24, 18.5, 12, 5.5];
    public static readonly double[] WaterTemperature = [6, 7, 11, 16, 21, 25, 29.5, 29.5, 25.5, 20, 14.5, 9];

    /// <summary>The level of a monthly table at a wall-clock time of the city.</summary>
    public static double At(double[] monthly, DateTime clock)
    {
        var days = DateTime.DaysInMonth(clock.Year, clock.Month);
        var position = clock.Month - 1 + ((clock.Day - 1 + (clock.TimeOfDay.TotalHours / 24)) / days) - 0.5;
        var lower = (int)Math.Floor(position);
        var f = position - lower;
        var a = monthly[(lower + 12) % 12];
        var b = monthly[(lower + 13) % 12];
        return a + ((b - a) * f);
    }
}
