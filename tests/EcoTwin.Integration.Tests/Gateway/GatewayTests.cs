using System.Net.Http.Json;
using EcoTwin.Domain.Hj212;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Integration.Tests.Gateway;

[Collection(PostgresCollection.Name)]
public sealed class GatewayTests(PostgresServer postgres)
{
    private static readonly DateTime Local = new(2026, 11, 25, 9, 30, 0);

    [Fact]
    public async Task Acknowledged_packet_is_in_the_raw_log_and_reaches_its_twin()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        await RegisterAsync(silo, "GWTEST0000000001");
        await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);
        var upload = Upload("GWTEST0000000001", 63.5m);

        await device.SendAsync(upload);
        var ack = await device.ReceiveAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("9014", ack.Cn);
        Assert.Equal(upload.Qn, ack.Qn);
        Assert.Equal(["1"], await Sql.ColumnAsync(database, "SELECT count(*) FROM raw_log WHERE mn = 'GWTEST0000000001'"));
        var station = (await silo.ConnectClientAsync()).Station("GWTEST0000000001");
        await Eventually.TrueAsync(async () => (await station.GetViewAsync()).Factors.Any(f => f.Latest == 63.5), TimeSpan.FromSeconds(10), "the twin to show 63.5");
    }

    [Fact]
    public async Task Bad_crc_unknown_device_and_junk_are_quarantined_and_the_good_packets_between_them_are_acked()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        await RegisterAsync(silo, "GWTEST0000000002");
        await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);
        var badCrc = Hj212Encoder.EncodeFrameText(Upload("GWTEST0000000002", 1m)).Replace("\r\n", string.Empty);
        badCrc = badCrc[..^4] + (badCrc[^4..] == "0000" ? "0001" : "0000") + "\r\n";

        await device.SendAsync("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        await device.SendAsync(Upload("GWTEST0000000002", 10m));
        await device.SendAsync(badCrc);
        await device.SendAsync(Upload("UNKNOWN000000001", 11m));
        await device.SendAsync(Upload("GWTEST0000000002", 12m, Local.AddMinutes(1)));
        var first = await device.ReceiveAsync(TimeSpan.FromSeconds(10));
        var second = await device.ReceiveAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["9014", "9014"], new[] { first.Cn, second.Cn });
        Assert.Equal(["2"], await Sql.ColumnAsync(database, "SELECT count(*) FROM raw_log"));
        await Eventually.TrueAsync(
            async () => (await Sql.ColumnAsync(database, "SELECT reason FROM quarantine ORDER BY id")).SequenceEqual(["junk", "crc", "unknown-device"]),
            TimeSpan.FromSeconds(10), "junk, crc and unknown-device in quarantine");
        var metrics = await silo.Http.GetStringAsync("/metrics");
        Assert.Contains("ecotwin_gateway_packets_quarantined", metrics);
        Assert.Contains("reason=\"unknown-device\"", metrics);
    }

    [Fact]
    public async Task Resent_packet_is_acked_again_but_stored_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database);
        await RegisterAsync(silo, "GWTEST0000000003");
        await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);
        var upload = Upload("GWTEST0000000003", 20m);

        await device.SendAsync(upload);
        await device.ReceiveAsync(TimeSpan.FromSeconds(10));
        await device.SendAsync(upload);
        var again = await device.ReceiveAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(upload.Qn, again.Qn);
        Assert.Equal(["1"], await Sql.ColumnAsync(database, "SELECT count(*) FROM raw_log"));
    }

    [Fact]
    public async Task Connection_sending_only_garbage_is_closed()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var silo = await TestSilo.StartAsync(database, settings: new Dictionary<string, string?> { ["EcoTwin:Gateway:MaxBadFramesInARow"] = "3" });
        await using var device = await DeviceClient.ConnectAsync(silo.DevicePort);

        for (var i = 0; i < 5; i++)
        {
            await device.SendAsync("##9999garbage\r\n");
        }

        Assert.True(await device.IsClosedByGatewayAsync(TimeSpan.FromSeconds(10)));
    }

    private static Hj212Packet Upload(string mn, decimal pm25, DateTime? at = null) =>
        Hj212Uploads.RealTime(at ?? Local, "22", "123456", mn, at ?? Local, [Hj212CpItem.Of("a34004", "Rtd", pm25), Hj212CpItem.Of("a34004", "Flag", "N")]);

    private static async Task RegisterAsync(TestSilo silo, string mn)
    {
        var response = await silo.Http.PutAsJsonAsync($"/api/devices/{mn}", new { kind = "station", password = "123456" });
        response.EnsureSuccessStatusCode();
    }
}
