using EcoTwin.Domain.Air;
using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Stations;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Tests.Stations;

public sealed class StationLiveTests
{
    private const string Zone = "Asia/Shanghai";

    // Local day 2026-11-25 (Beijing) starts at 2026-11-24 16:00 UTC.
    private static readonly DateTimeOffset LocalDay = new(2026, 11, 24, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Last_hour_of_the_local_day_gives_the_daily_aqi_from_24_hour_averages()
    {
        var live = new StationLive(new FactorSet(), isAir: true, Zone);
        var samples = Enumerable.Range(0, 24).Select(h => new FactorSample(StationAqi.Pm25, SampleKind.Hour, LocalDay.AddHours(h), 80, null, null, DataFlag.Normal)).ToList();

        live.Apply(samples);

        Assert.NotNull(live.DailyAqi);
        Assert.Equal(LocalDay, live.DailyAqi.Period);
        Assert.Equal(AqiCalculator.Daily(new DailyConcentrations(Pm25: 80)).Aqi, live.DailyAqi.Aqi);
        Assert.Equal(LocalDay.AddHours(23), live.HourlyAqi!.Period);
    }

    [Fact]
    public void Nineteen_valid_hours_give_no_daily_aqi_value()
    {
        var live = new StationLive(new FactorSet(), isAir: true, Zone);
        var samples = Enumerable.Range(0, 24).Select(h => new FactorSample(
            StationAqi.Pm25, SampleKind.Hour, LocalDay.AddHours(h), 80, null, null, h < 19 ? DataFlag.Normal : DataFlag.Maintenance)).ToList();

        live.Apply(samples);

        Assert.Null(live.DailyAqi!.Aqi);
    }

    [Fact]
    public void Water_station_keeps_hours_but_no_aqi()
    {
        var live = new StationLive(new FactorSet(), isAir: false, Zone);

        live.Apply([new FactorSample("w01018", SampleKind.Hour, LocalDay, 12, null, null, DataFlag.Normal)]);

        Assert.Null(live.HourlyAqi);
        Assert.True(live.Factors.ByCode["w01018"].Hours.Get(LocalDay).IsValid);
    }

    [Fact]
    public void Checkpoint_restores_the_same_hours_and_aqi()
    {
        var live = new StationLive(new FactorSet(), isAir: true, Zone);
        live.Apply([new FactorSample(StationAqi.O3, SampleKind.Hour, LocalDay, 150, null, null, DataFlag.Normal)]);

        var restored = StationLive.Restore(live.ToCheckpoint(), isAir: true, Zone);

        Assert.Equal(live.HourlyAqi, restored.HourlyAqi);
        Assert.Equal(live.Factors.ByCode[StationAqi.O3].Hours.Get(LocalDay), restored.Factors.ByCode[StationAqi.O3].Hours.Get(LocalDay));
    }
}
