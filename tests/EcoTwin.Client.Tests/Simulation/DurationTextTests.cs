using EcoTwin.Client.Simulation;

namespace EcoTwin.Client.Tests.Simulation;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("1.5h", 5400)]
    [InlineData("250ms", 0.25)]
    [InlineData("2d", 172_800)]
    [InlineData(" 10S ", 10)]
    public void Duration_with_a_unit_is_read(string text, double seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("30")]
    [InlineData("s")]
    [InlineData("-5s")]
    [InlineData("0s")]
    [InlineData("5x")]
    [InlineData("1e3s")]
    [InlineData(".5s")]
    [InlineData("5 m")]
    [InlineData("99999999999999d")]
    public void Anything_else_is_refused(string text)
    {
        Assert.False(DurationText.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DurationText.Parse(text));
    }
}
