using EcoTwin.Domain.Hj212;
using EcoTwin.Domain.Quality;
using EcoTwin.Domain.Twins;

namespace EcoTwin.Domain.Tests.Twins;

public sealed class PacketSamplesTests
{
    private static readonly DateTime Local = new(2026, 11, 25, 10, 30, 0);

    [Fact]
    public void Real_time_upload_gives_rtd_values_in_utc_with_their_flags()
    {
        var packet = Hj212Uploads.RealTime(Local, "22", "123456", "MN1", Local,
            [Hj212CpItem.Of("a34004", "Rtd", 35.2m), Hj212CpItem.Of("a34004", "Flag", "D"), Hj212CpItem.Of("a34002", "Rtd", 60m)]);

        var samples = PacketSamples.Extract(packet, "Asia/Shanghai");

        Assert.Equal(2, samples.Count);
        Assert.Equal(new FactorSample("a34004", SampleKind.RealTime, new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero), 35.2, null, null, DataFlag.Fault), samples[0]);
        Assert.Equal(DataFlag.Normal, samples[1].Flag); // no flag sent: normal
    }

    [Fact]
    public void Hourly_upload_carries_converted_and_cumulative_values_and_2005_codes_become_2017_codes()
    {
        var packet = Hj212Uploads.Hourly(Local, "31", "123456", "MN1", Local,
            [Hj212CpItem.Of("02", "Avg", 20m), Hj212CpItem.Of("02", "ZsAvg", 25m), Hj212CpItem.Of("02", "Cou", 1.5m)]);

        var sample = Assert.Single(PacketSamples.Extract(packet, "Asia/Shanghai"));

        Assert.Equal("a21026", sample.Code);
        Assert.Equal(SampleKind.Hour, sample.Kind);
        Assert.Equal((20.0, 25.0, 1.5), (sample.Value, sample.Converted, sample.Cumulative));
    }

    [Fact]
    public void Commands_that_carry_no_data_and_items_without_values_give_nothing()
    {
        var runningState = Hj212Uploads.Upload("2021", Local, "32", "123456", "MN1", Local, [Hj212CpItem.Of("SB1", "RS", "1")]);

        Assert.Empty(PacketSamples.Extract(runningState, "Asia/Shanghai"));
    }
}
