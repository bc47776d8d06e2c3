using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Tests.Twins;

public sealed class FactorLiveTests
{
    private static readonly DateTimeOffset Hour = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static FactorSample Minute(int minute, double value, DataFlag flag = DataFlag.Normal) =>
        new("a34004", SampleKind.Minute, Hour.AddMinutes(minute), value, null, null, flag);

    [Fact]
    public void First_sample_of_the_next_hour_finishes_the_hour()
    {
        var factor = new FactorLive("a34004");
        foreach (var m in Enumerable.Range(0, 45))
        {
            factor.Apply(Minute(m, 60));
        }

        var finished = factor.Apply(Minute(60, 10));

        Assert.Equal([Hour], finished);
        Assert.Equal(Hour, factor.Hours.LatestHourStart);
        Assert.Equal(new AveragedValue(60, 45, true), factor.Hours.Get(Hour));
    }
}
