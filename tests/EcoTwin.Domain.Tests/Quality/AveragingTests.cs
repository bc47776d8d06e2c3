using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Tests.Quality;

public class AveragingTests
{
    private static AveragedValue Valid(double value) => new(value, 60, true);

    private static AveragedValue Invalid(double value) => new(value, 30, false);

    private static AveragedValue[] Hours(int count, int validCount, double validValue = 10, double invalidValue = 1000)
    {
        var hours = new AveragedValue[count];
        for (var i = 0; i < count; i++)
        {
            hours[i] = i < validCount ? Valid(validValue) : Invalid(invalidValue);
        }

        return hours;
    }

    [Fact]
    public void Daily_average_with_20_valid_hours_is_valid()
    {
        Assert.Equal(new AveragedValue(10, 20, true), Averaging.Daily(Hours(24, 20)));
    }

    [Fact]
    public void Daily_average_with_19_valid_hours_is_invalid()
    {
        Assert.Equal(new AveragedValue(10, 19, false), Averaging.Daily(Hours(24, 19)));
    }

    [Fact]
    public void Daily_average_excludes_invalid_and_missing_hours()
    {
        var hours = Hours(24, 22, validValue: 30);
        hours[0] = Valid(8);
        hours[23] = AveragedValue.Missing;

        var day = Averaging.Daily(hours);

        Assert.Equal(((21 * 30) + 8) / 22.0, day.Value);
        Assert.Equal(22, day.ValidCount);
    }

    [Fact]
    public void Eight_hour_average_with_6_valid_hours_is_valid()
    {
        Assert.Equal(new AveragedValue(10, 6, true), Averaging.EightHour(Hours(8, 6)));
    }

    [Fact]
    public void Eight_hour_average_with_5_valid_hours_is_invalid()
    {
        Assert.Equal(new AveragedValue(10, 5, false), Averaging.EightHour(Hours(8, 5)));
    }

    [Fact]
    public void Daily_max_8h_is_the_largest_of_17_windows_when_all_are_valid()
    {
        var hours = Enumerable.Range(0, 24).Select(h => Valid(h)).ToArray();

        // Window k averages hours k..k+7, i.e. k + 3.5; the last window starts at hour 16.
        Assert.Equal(new AveragedValue(19.5, 17, true), Averaging.DailyMaxEightHour(hours));
    }

    [Fact]
    public void Daily_max_8h_with_14_valid_windows_is_valid_and_ignores_invalid_windows()
    {
        var hours = Enumerable.Range(0, 24).Select(h => h >= 19 ? Invalid(999) : Valid(h)).ToArray();

        // Hours 19-23 invalid: windows 14, 15, 16 keep 5, 4, 3 valid hours and are invalid.
        // Window 14 would average 16 over its valid hours but must not count; window 13 gives 15.5.
        Assert.Equal(new AveragedValue(15.5, 14, true), Averaging.DailyMaxEightHour(hours));
    }

    [Fact]
    public void Daily_max_8h_with_13_valid_windows_is_invalid()
    {
        var hours = Enumerable.Range(0, 24).Select(h => h >= 18 ? Invalid(999) : Valid(h)).ToArray();

        var max = Averaging.DailyMaxEightHour(hours);

        Assert.Equal(13, max.ValidCount);
        Assert.False(max.IsValid);
        Assert.Equal(14.5, max.Value); // window 12 (hours 12..17 valid) is the last valid one
    }

    [Fact]
    public void Daily_max_8h_without_any_valid_window_has_no_value()
    {
        Assert.Equal(AveragedValue.Missing, Averaging.DailyMaxEightHour(new AveragedValue[24]));
        Assert.False(Averaging.DailyMaxEightHour(Hours(24, 0)).HasValue);
    }

    [Fact]
    public void Window_lengths_are_checked()
    {
        Assert.Throws<ArgumentException>(() => Averaging.Daily(new AveragedValue[25]));
        Assert.Throws<ArgumentException>(() => Averaging.EightHour(new AveragedValue[7]));
        Assert.Throws<ArgumentException>(() => Averaging.DailyMaxEightHour(new AveragedValue[23]));
    }

    [Fact]
    public void Only_a_valid_average_becomes_an_aqi_input()
    {
        Assert.Equal(75m, new AveragedValue(75.00000000000001, 20, true).ValidDecimal);
        Assert.Null(new AveragedValue(75, 19, false).ValidDecimal);
        Assert.Null(AveragedValue.Missing.ValidDecimal);
    }
}
