using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Sources;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Tests.Sources;

public sealed class SourceLiveTests
{
    private static readonly DateTimeOffset Hour = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero); // 10:00 Beijing
    private static readonly Dictionary<string, EmissionLimit> Limits = new()
    {
        ["a21026"] = new EmissionLimit(35),
        ["w01001"] = new EmissionLimit(9, 6),
    };

    private static FactorSample Hourly(string code, double value, double? converted = null, double? cou = null, DataFlag flag = DataFlag.Normal, int hour = 0) =>
        new(code, SampleKind.Hour, Hour.AddHours(hour), value, converted, cou, flag);

    [Fact]
    public void Converted_hourly_value_decides_the_exceedance_when_the_device_sends_one()
    {
        var live = new SourceLive(new FactorSet(), "Asia/Shanghai");

        live.Apply([Hourly("a21026", value: 30, converted: 40)], Limits);

        var exceedance = Assert.Single(live.Exceeding.Values);
        Assert.Equal(40, exceedance.Value);
        Assert.Equal(Hour, exceedance.HourStart);
    }

    [Theory]
    [InlineData(5.5, true)]
    [InlineData(7.0, false)]
    [InlineData(9.5, true)]
    public void Ph_outside_its_range_exceeds(double ph, bool exceeding)
    {
        var live = new SourceLive(new FactorSet(), "Asia/Shanghai");

        live.Apply([Hourly("w01001", ph)], Limits);

        Assert.Equal(exceeding, live.Exceeding.ContainsKey("w01001"));
    }

    [Fact]
    public void An_older_hour_does_not_overrule_a_newer_one()
    {
        var live = new SourceLive(new FactorSet(), "Asia/Shanghai");
        live.Apply([Hourly("a21026", 50, hour: 1)], Limits);

        live.Apply([Hourly("a21026", 10, hour: 0)], Limits);

        Assert.True(live.Exceeding.ContainsKey("a21026"));
    }

    [Fact]
    public void Todays_emissions_sum_the_hourly_cumulative_amounts_of_the_local_day()
    {
        var live = new SourceLive(new FactorSet(), "Asia/Shanghai");

        live.Apply([Hourly("a21026", 20, cou: 1.5), Hourly("a21026", 20, cou: 2.5, hour: 1)], Limits);

        Assert.Equal(4.0, live.TodaysEmissions(Hour.AddHours(3))["a21026"]);
        Assert.Equal(0.0, live.TodaysEmissions(Hour.AddDays(1))["a21026"]);
    }

    [Fact]
    public void Fault_flag_outranks_maintenance_in_the_equipment_state()
    {
        var live = new SourceLive(new FactorSet(), "Asia/Shanghai");

        live.Apply([Hourly("a21026", 20, flag: DataFlag.Maintenance), Hourly("w01001", 7, flag: DataFlag.Fault)], Limits);

        Assert.Equal(DataFlag.Fault, live.EquipmentFlag);
    }
}
