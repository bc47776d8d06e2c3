using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Cli;

[Collection(PostgresCollection.Name)]
public sealed class WatchCliTests(PostgresServer postgres)
{
    private const string Mn = "320404AQ000555";

    [Fact]
    public async Task Watch_prints_the_twin_changes_of_a_district_as_json_lines()
    {
        await using var silo = await TestSilo.StartAsync(await postgres.CreateDatabaseAsync());
        (await silo.Http.PutAsJsonAsync($"/api/devices/{Mn}", new { kind = "station", password = "123456" })).EnsureSuccessStatusCode();
        (await silo.Http.PutAsJsonAsync($"/api/stations/{Mn}", new
        {
            name = "钟楼区监测站", kind = "air", location = new { lon = 119.93, lat = 31.78 }, districtCode = "320404", factors = new[] { "a34004" },
        })).EnsureSuccessStatusCode();
        using var watch = Infrastructure.Cli.Start(["watch", "district/320404", "--api", silo.Http.BaseAddress!.ToString()]);
        try
        {
            var lines = ReadLinesAsync(watch.StandardOutput);
            var first = await NextAsync(lines); // the snapshot's entry for the station, once the twins table has it

            await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);
            var now = DateTime.UtcNow.AddHours(8);
            await device.SendAsync(Hj212Uploads.RealTime(now, "22", "123456", Mn, now, [Hj212CpItem.Of("a34004", "Rtd", 88.8m), Hj212CpItem.Of("a34004", "Flag", "N")]));
            JsonElement change;
            do
            {
                change = await NextAsync(lines);
            }
            while (!change.GetProperty("values").TryGetProperty("a34004", out var value) || value.GetDouble() != 88.8);

            Assert.Equal(Mn, first.GetProperty("key").GetString());
            Assert.Equal("station", change.GetProperty("kind").GetString());
            Assert.True(change.GetProperty("version").GetInt64() > first.GetProperty("version").GetInt64());
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
        }
    }

    private static async IAsyncEnumerator<string> ReadLinesAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            yield return line;
        }
    }

    private static async Task<JsonElement> NextAsync(IAsyncEnumerator<string> lines)
    {
        Assert.True(await lines.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20)), "watch ended early");
        return JsonDocument.Parse(lines.Current).RootElement;
    }
}
