using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Tests.Quality;

public class HourlySeriesTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Midnight = new(2024, 5, 1, 0, 0, 0, Beijing);

    private static AveragedValue Valid(double value) => new(value, 60, true);

    [Fact]
    public void Hours_read_back_by_their_start()
    {
        var series = new HourlySeries();
        series.Set(Midnight, Valid(1));
        series.Set(Midnight.AddHours(1), Valid(2));

        Assert.Equal(Valid(1), series.Get(Midnight));
        Assert.Equal(Valid(2), series.Get(Midnight.AddHours(1)));
        Assert.Equal(AveragedValue.Missing, series.Get(Midnight.AddHours(2)));
        Assert.Equal(Midnight.AddHours(1), series.LatestHourStart);
    }

    [Fact]
    public void Skipped_hours_read_as_missing_instead_of_shifting_the_window()
    {
        var series = new HourlySeries();
        for (var h = 0; h < 24; h++)
        {
            series.Set(Midnight.AddHours(h), Valid(h));
        }

        series.Set(Midnight.AddHours(27), Valid(27)); // hours 24, 25, 26 never arrived

        Assert.Equal(AveragedValue.Missing, series.Get(Midnight.AddHours(25)));
        Assert.Equal(AveragedValue.Missing, series.Get(Midnight.AddHours(3))); // left the 24-hour window
        Assert.Equal(Valid(4), series.Get(Midnight.AddHours(4)));
    }

    [Fact]
    public void An_hour_older_than_the_window_is_refused()
    {
        var series = new HourlySeries();
        series.Set(Midnight.AddHours(30), Valid(1));

        Assert.False(series.Set(Midnight.AddHours(6), Valid(2)));
        Assert.True(series.Set(Midnight.AddHours(7), Valid(3)));
        Assert.Equal(Valid(3), series.Get(Midnight.AddHours(7)));
        Assert.Equal(Midnight.AddHours(30), series.LatestHourStart);
    }

    [Fact]
    public void Eight_hour_average_reaches_back_across_midnight()
    {
        var series = new HourlySeries();
        for (var h = -5; h <= 2; h++)
        {
            series.Set(Midnight.AddHours(h), Valid(h + 10)); // 5 .. 12
        }

        Assert.Equal(new AveragedValue(8.5, 8, true), series.EightHourAverage(Midnight.AddHours(2)));
        Assert.Equal(new AveragedValue(8, 7, true), series.EightHourAverage(Midnight.AddHours(1))); // hour -6 missing
    }

    [Fact]
    public void Daily_values_use_the_24_hours_from_local_midnight()
    {
        var series = new HourlySeries();
        series.Set(Midnight.AddHours(-1), Valid(1000)); // the previous day
        for (var h = 0; h < 24; h++)
        {
            series.Set(Midnight.AddHours(h), h < 20 ? Valid(10) : new AveragedValue(500, 10, false));
        }

        Assert.Equal(new AveragedValue(10, 20, true), series.DailyAverage(Midnight));
        var max8h = series.DailyMaxEightHour(Midnight);
        Assert.Equal(10, max8h.Value);
        Assert.Equal(15, max8h.ValidCount); // windows starting at 15 and 16 keep only 5 and 4 valid hours
    }

    [Fact]
    public void Series_round_trips_through_its_persisted_form()
    {
        var series = new HourlySeries();
        series.Set(Midnight, Valid(1));
        series.Set(Midnight.AddHours(2), Valid(3));

        var restored = HourlySeries.Restore(series.LatestHourStart!.Value, series.ToArray());

        Assert.Equal(series.ToArray(), restored.ToArray());
        Assert.Equal(Valid(3), restored.Get(Midnight.AddHours(2)));
        Assert.Equal(AveragedValue.Missing, restored.Get(Midnight.AddHours(1)));
        Assert.Equal(Valid(1), restored.Get(Midnight));
    }

    [Fact]
    public void Hours_must_be_whole_and_capacity_within_bounds()
    {
        Assert.Throws<ArgumentException>(() => new HourlySeries().Set(Midnight.AddMinutes(30), Valid(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HourlySeries(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HourlySeries(169));
    }
}
