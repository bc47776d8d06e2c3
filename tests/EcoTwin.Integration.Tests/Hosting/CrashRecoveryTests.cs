using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EcoTwin.Integration.Tests.Hosting;

/// <summary>A silo killed with SIGKILL after acknowledging packets loses none of them: the twins replay the raw log.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CrashRecoveryTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const string Mn = "320411AQ000077";
    private const int Packets = 40;

    [Fact]
    public async Task Twin_reflects_every_acknowledged_packet_after_the_silo_is_killed_and_restarted()
    {
        var database = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__EcoTwin"] = database,
            ["EcoTwin__Cluster__ClusterId"] = "crash-" + Guid.NewGuid().ToString("N")[..8],
            // Never checkpoint while running: after the kill, the twin's state can only come from the raw log.
            ["EcoTwin__Twins__CheckpointAfterPackets"] = "1000000",
            ["EcoTwin__Twins__CheckpointInterval"] = "1.00:00:00",
        };
        var ports = FreePorts.Take(4);
        var hour = new DateTime(2026, 11, 25, 9, 0, 0);

        using (var silo = SiloProcess.Start(environment, ports))
        {
            using var http = await ReadyAsync(silo);
            (await http.PutAsJsonAsync($"/api/devices/{Mn}", new { kind = "station", password = "123456" })).EnsureSuccessStatusCode();
            await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);
            for (var minute = 0; minute < Packets; minute++)
            {
                var at = hour.AddMinutes(minute);
                await device.SendAsync(Hj212Uploads.Minute(at, "22", "123456", Mn, at, [Hj212CpItem.Of("a34004", "Avg", 40 + minute), Hj212CpItem.Of("a34004", "Flag", "N")]));
                Assert.Equal("9014", (await device.ReceiveAsync(TimeSpan.FromSeconds(10))).Cn);
            }

            silo.Kill();
        }

        Assert.Equal([Packets.ToString()], await Sql.ColumnAsync(database, $"SELECT count(*) FROM raw_log WHERE mn = '{Mn}'"));
        Assert.Equal(["0"], await Sql.ColumnAsync(database, "SELECT count(*) FROM orleansstorage WHERE graintypestring = 'station'"));

        using var restarted = SiloProcess.Start(environment, ports);
        using var again = await ReadyAsync(restarted);
        var live = await again.GetFromJsonAsync<JsonElement>($"/api/stations/{Mn}/live");
        var pm25 = live.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "a34004");
        var lastSeq = long.Parse((await Sql.ColumnAsync(database, $"SELECT max(seq) FROM raw_log WHERE mn = '{Mn}'"))[0]);

        Assert.Equal(40 + Packets - 1, pm25.GetProperty("latest").GetDouble());
        Assert.Equal(lastSeq, live.GetProperty("appliedSeq").GetInt64());
        await Eventually.TrueAsync(
            async () => (await Sql.ColumnAsync(database, $"SELECT count(*) FROM readings WHERE twin_key = '{Mn}' AND interval = 'raw'"))[0] == Packets.ToString(),
            TimeSpan.FromSeconds(15), $"{Packets} raw readings, each once");
    }

    private async Task<HttpClient> ReadyAsync(SiloProcess silo)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.HttpPort}"), DefaultRequestHeaders = { Authorization = new("Bearer", TestSilo.AdminKey) } };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                return (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(90), () => "the silo to get ready\n" + silo.Output);
        output.WriteLine($"silo ready after {clock.Elapsed.TotalSeconds:0.0} s");
        return http;
    }
}
