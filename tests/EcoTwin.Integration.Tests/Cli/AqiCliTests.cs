using System.Text.Json;

namespace EcoTwin.Integration.Tests.Cli;

public sealed class AqiCliTests
{
    [Fact]
    public async Task Aqi_prints_index_level_category_primary_and_each_iaqi()
    {
        var run = await Infrastructure.Cli.RunAsync(["aqi", "--pm25-24h", "80", "--pm10-24h", "120", "--so2-24h", "10", "--no2-24h", "40", "--co-24h", "1.2", "--o3-8h", "150"]);

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(107, json.GetProperty("aqi").GetInt32());
        Assert.Equal(3, json.GetProperty("level").GetInt32());
        Assert.Equal("轻度污染", json.GetProperty("category").GetString());
        Assert.Equal(["PM2.5"], json.GetProperty("primary").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(107, json.GetProperty("iaqi").GetProperty("pm25-24h").GetInt32());
        Assert.Equal(85, json.GetProperty("iaqi").GetProperty("pm10-24h").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "aqi" }, "give at least one concentration")]
    [InlineData(new[] { "aqi", "--pm25-24h", "abc" }, "--pm25-24h: 'abc' is not a number")]
    [InlineData(new[] { "aqi", "--co-1h", "-1" }, "--co-1h -1")]
    public async Task Bad_or_missing_input_exits_2_with_a_message(string[] arguments, string message)
    {
        var run = await Infrastructure.Cli.RunAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Empty(run.Stdout);
    }
}
