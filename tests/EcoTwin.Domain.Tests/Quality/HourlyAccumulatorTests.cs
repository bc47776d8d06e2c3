using System.Runtime.CompilerServices;
using EcoTwin.Domain.Quality;

namespace EcoTwin.Domain.Tests.Quality;

public class HourlyAccumulatorTests
{
    private static readonly DateTimeOffset Hour = new(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private static HourlyAccumulator MinuteValues(int validMinutes, double value = 10)
    {
        var accumulator = HourlyAccumulator.Start(Hour);
        for (var m = 0; m < validMinutes; m++)
        {
            accumulator = accumulator.Add(Hour.AddMinutes(m), value, DataFlag.Normal, out _);
        }

        return accumulator;
    }

    [Fact]
    public void Hour_with_45_valid_minutes_is_valid()
    {
        var hour = MinuteValues(45);

        Assert.Equal(45, hour.ValidMinutes);
        Assert.True(hour.IsValid);
        Assert.Equal(new AveragedValue(10, 45, true), hour.ToAveragedValue());
    }

    [Fact]
    public void Hour_with_44_valid_minutes_is_invalid_but_keeps_its_mean()
    {
        var hour = MinuteValues(44);

        Assert.Equal(44, hour.ValidMinutes);
        Assert.False(hour.IsValid);
        Assert.Equal(new AveragedValue(10, 44, false), hour.ToAveragedValue());
    }

    [Fact]
    public void Non_N_samples_are_counted_but_excluded_from_the_average()
    {
        var hour = HourlyAccumulator.Start(Hour)
            .Add(Hour.AddMinutes(1), 10, DataFlag.Normal, out var first)
            .Add(Hour.AddMinutes(2), 1000, DataFlag.Maintenance, out var second)
            .Add(Hour.AddMinutes(3), 20, DataFlag.Normal, out _)
            .Add(Hour.AddMinutes(4), 5000, DataFlag.AboveUpperLimit, out _);

        Assert.Equal(SampleOutcome.Accepted, first);
        Assert.Equal(SampleOutcome.AcceptedInvalid, second);
        Assert.Equal(15, hour.Average);
        Assert.Equal(10, hour.Min);
        Assert.Equal(20, hour.Max);
        Assert.Equal(2, hour.ValidSamples);
        Assert.Equal(2, hour.InvalidSamples);
        Assert.Equal(2, hour.ValidMinutes);
        Assert.Equal("MT", hour.InvalidFlags.ToString());
    }

    [Fact]
    public void A_minute_of_30s_samples_is_valid_with_one_valid_sample_of_two()
    {
        var hour = HourlyAccumulator.Start(Hour);
        for (var m = 0; m < 45; m++)
        {
            hour = hour.Add(Hour.AddMinutes(m), 8, DataFlag.Calibration, out _);
            hour = hour.Add(Hour.AddMinutes(m).AddSeconds(30), 12, DataFlag.Normal, out _);
        }

        Assert.Equal(45, hour.ValidMinutes);
        Assert.True(hour.IsValid);
        Assert.Equal(12, hour.Average);
        Assert.Equal(45, hour.InvalidSamples);
    }

    [Fact]
    public void A_minute_with_only_invalid_samples_is_not_a_valid_minute()
    {
        var hour = MinuteValues(44).Add(Hour.AddMinutes(50), 10, DataFlag.Fault, out _).Add(Hour.AddMinutes(50).AddSeconds(30), 10, DataFlag.Fault, out _);

        Assert.Equal(44, hour.ValidMinutes);
        Assert.False(hour.IsValid);
    }

    [Fact]
    public void Samples_map_to_minutes_by_time_since_the_hour_start()
    {
        var hour = HourlyAccumulator.Start(Hour)
            .Add(Hour.AddSeconds(59.999), 1, DataFlag.Normal, out _)
            .Add(Hour.AddMinutes(59).AddSeconds(30), 1, DataFlag.Normal, out _);

        Assert.Equal((1UL << 0) | (1UL << 59), hour.ValidMinuteMask);
    }

    [Fact]
    public void The_same_instant_in_another_offset_is_the_same_minute()
    {
        var hour = HourlyAccumulator.Start(Hour).Add(new DateTimeOffset(2024, 5, 1, 2, 7, 0, TimeSpan.Zero), 1, DataFlag.Normal, out var outcome);

        Assert.Equal(SampleOutcome.Accepted, outcome);
        Assert.Equal(1UL << 7, hour.ValidMinuteMask);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3600)]
    [InlineData(7200)]
    public void Samples_outside_the_hour_are_refused(int seconds)
    {
        var start = HourlyAccumulator.Start(Hour);

        var next = start.Add(Hour.AddSeconds(seconds), 1, DataFlag.Normal, out var outcome);

        Assert.Equal(SampleOutcome.OutsideInterval, outcome);
        Assert.Equal(start, next);
    }

    [Fact]
    public void A_repeated_or_late_sample_is_refused_and_changes_nothing()
    {
        var hour = HourlyAccumulator.Start(Hour).Add(Hour.AddMinutes(5), 10, DataFlag.Normal, out _);

        var repeated = hour.Add(Hour.AddMinutes(5), 10, DataFlag.Normal, out var repeatedOutcome);
        var late = hour.Add(Hour.AddMinutes(4), 10, DataFlag.Normal, out var lateOutcome);

        Assert.Equal(SampleOutcome.OutOfOrder, repeatedOutcome);
        Assert.Equal(SampleOutcome.OutOfOrder, lateOutcome);
        Assert.Equal(hour, repeated);
        Assert.Equal(hour, late);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_non_finite_N_value_is_refused(double value)
    {
        var start = HourlyAccumulator.Start(Hour);

        var next = start.Add(Hour.AddMinutes(1), value, DataFlag.Normal, out var outcome);

        Assert.Equal(SampleOutcome.NotFinite, outcome);
        Assert.Equal(start, next);
    }

    [Fact]
    public void A_non_finite_value_with_a_non_N_flag_is_an_invalid_sample()
    {
        HourlyAccumulator.Start(Hour).Add(Hour.AddMinutes(1), double.NaN, DataFlag.Fault, out var outcome);

        Assert.Equal(SampleOutcome.AcceptedInvalid, outcome);
    }

    [Fact]
    public void An_empty_hour_has_no_average()
    {
        var hour = HourlyAccumulator.Start(Hour);

        Assert.Null(hour.Average);
        Assert.Equal(AveragedValue.Missing, hour.ToAveragedValue());
        Assert.Equal(Hour.AddHours(1), hour.HourEnd);
    }

    [Fact]
    public void An_hour_must_start_on_a_whole_hour()
    {
        Assert.Throws<ArgumentException>(() => HourlyAccumulator.Start(Hour.AddMinutes(1)));
        Assert.Throws<ArgumentException>(() => HourlyAccumulator.Start(Hour.AddTicks(1)));
    }

    [Fact]
    public void State_is_compact_enough_for_ten_factors_and_a_day_of_history_under_20_KB()
    {
        var perFactor = Unsafe.SizeOf<HourlyAccumulator>() + (24 * Unsafe.SizeOf<AveragedValue>());

        Assert.Equal(16, Unsafe.SizeOf<AveragedValue>());
        Assert.True(Unsafe.SizeOf<HourlyAccumulator>() <= 96, $"HourlyAccumulator is {Unsafe.SizeOf<HourlyAccumulator>()} bytes");
        Assert.True(10 * perFactor < 20 * 1024, $"10 factors take {10 * perFactor} bytes");
    }
}
