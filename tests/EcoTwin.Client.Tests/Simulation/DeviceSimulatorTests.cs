using System.Collections.Concurrent;
using EcoTwin.Client.Simulation;
using EcoTwin.Client.Tests.Support;

namespace EcoTwin.Client.Tests.Simulation;

public sealed class DeviceSimulatorTests
{
    [Fact]
    public async Task Every_packet_is_answered_once_and_counted_with_its_latency()
    {
        await using var gateway = new FakeGateway();

        var options = Options([gateway.Address], devices: 5, rate: 100);
        options.AckTimeout = TimeSpan.FromSeconds(10);

        var report = await new DeviceSimulator(options).RunAsync();

        Assert.Equal(5, gateway.Connections);
        Assert.Equal(100, report.Sent);
        Assert.Equal((report.Sent, 0L, 0L, 0L, 0L), (report.Acked, report.Retried, report.Rejected, report.Unanswered, report.Reconnects));
        Assert.NotNull(report.AckLatencyP50);
        Assert.True(report.AckLatencyP99 >= report.AckLatencyP50);
        Assert.Equal(gateway.Received.Select(r => (r.Mn, r.Qn)).Order(), report.AckedQns.SelectMany(d => d.Value.Select(qn => (d.Key, qn))).Order());
        Assert.All(report.AckedQns.Values, qns => Assert.Equal(20, qns.Distinct().Count()));
    }

    [Fact]
    public async Task Unanswered_packet_is_resent_with_the_same_bytes_after_the_ack_timeout()
    {
        var seen = new ConcurrentDictionary<string, int>();
        await using var gateway = new FakeGateway(packet => packet.Mn == First && seen.AddOrUpdate(packet.Qn!, 1, (_, n) => n + 1) == 1 ? FakeAnswer.Ignore : FakeAnswer.Ack);

        var report = await new DeviceSimulator(Options([gateway.Address], devices: 4, rate: 40)).RunAsync();

        // Exact where timing cannot matter; a slow answer on a busy machine may add resends, never remove them.
        Assert.Equal((40L, 40L, 0L), (report.Sent, report.Acked, report.Rejected));
        Assert.True(report.Retried >= 10, $"retried {report.Retried}");
        var copies = gateway.Received.Where(r => r.Mn == First).GroupBy(r => r.Qn).ToList();
        Assert.Equal(10, copies.Count);
        Assert.All(copies, copy => Assert.True(copy.Count() >= 2));
        Assert.All(copies, copy => Assert.Single(copy.Select(r => r.Segment).Distinct()));
    }

    [Fact]
    public async Task Packet_never_answered_is_rejected_after_every_retry()
    {
        await using var gateway = new FakeGateway(packet => packet.Mn == First ? FakeAnswer.Ignore : FakeAnswer.Ack);

        var report = await new DeviceSimulator(Options([gateway.Address], devices: 4, rate: 40, retries: 2)).RunAsync();

        Assert.Equal((40L, 30L, 10L, 0L), (report.Sent, report.Acked, report.Rejected, report.Unanswered));
        Assert.True(report.Retried >= 20, $"retried {report.Retried}");
        Assert.Equal(30, gateway.Received.Count(r => r.Mn == First));
    }

    [Fact]
    public async Task Dropped_connection_moves_the_device_to_the_next_gateway_and_resends_what_was_unanswered()
    {
        var closed = 0;
        await using var first = new FakeGateway(_ => Interlocked.Increment(ref closed) == 10 ? FakeAnswer.Close : FakeAnswer.Ack);
        await using var second = new FakeGateway();

        var report = await new DeviceSimulator(Options([first.Address, second.Address], devices: 4, rate: 80)).RunAsync();

        Assert.Equal(1, report.Reconnects);
        Assert.Equal((80L, 80L, 0L, 0L), (report.Sent, report.Acked, report.Rejected, report.Unanswered));
        Assert.True(report.Retried >= 1);
        Assert.Equal(3, second.Connections);
        Assert.Equal(80, first.Received.Concat(second.Received).Select(r => r.Qn + r.Mn).Distinct().Count());
    }

    [Fact]
    public async Task No_gateway_listening_fails_at_once_with_the_reason()
    {
        string address;
        await using (var gone = new FakeGateway())
        {
            address = gone.Address;
        }

        var error = await Assert.ThrowsAsync<SimulatorException>(() => new DeviceSimulator(Options([address], devices: 2, rate: 10)).RunAsync());

        Assert.Contains(address, error.Message);
        Assert.Contains("refused", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cancelling_stops_sending_and_still_reports()
    {
        await using var gateway = new FakeGateway();
        using var cancel = new CancellationTokenSource();
        var options = Options([gateway.Address], devices: 3, rate: 100);
        options.Duration = TimeSpan.FromMinutes(5);
        var progress = new List<SimulationProgress>();

        // Stopped once it is seen sending (Ctrl+C in the CLI).
        var report = await new DeviceSimulator(options).RunAsync(new Recorder(progress, p =>
        {
            if (p.Sent > 0)
            {
                _ = cancel.CancelAsync();
            }
        }), cancel.Token);

        Assert.InRange(report.Sent, 1, 500);
        Assert.Equal(report.Sent, report.Acked + report.Rejected + report.Unanswered);
        Assert.True(report.Duration < TimeSpan.FromSeconds(5));
        Assert.NotEmpty(progress);
    }

    private static string First => SimulatedDevices.Select(TestCity.Instance, 1, 0)[0].Mn;

    private static DeviceSimulatorOptions Options(string[] gateways, int devices, double rate, int retries = 3) => new()
    {
        Gateways = gateways,
        Register = false,
        City = TestCity.Instance,
        Stations = devices,
        Rate = rate,
        Duration = TimeSpan.FromSeconds(1),
        Incidents = false,
        AckTimeout = TimeSpan.FromMilliseconds(300),
        Retries = retries,
        RecordAckedQns = true,
        ProgressInterval = TimeSpan.FromMilliseconds(100),
    };

    private sealed class Recorder(List<SimulationProgress> progress, Action<SimulationProgress>? then = null) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value)
        {
            lock (progress)
            {
                progress.Add(value);
            }

            then?.Invoke(value);
        }
    }
}
