using EcoTwin.Domain.Demo;

namespace EcoTwin.Client.Simulation;

/// <summary>What a <see cref="DeviceSimulator"/> run does. Defaults follow HJ 212 (OverTime 5 s, ReCount 3).</summary>
public sealed class DeviceSimulatorOptions
{
    /// <summary>HJ 212 gateways, <c>host:port</c>. Devices start spread over them and move to the next one when a connection drops.</summary>
    public IReadOnlyList<string> Gateways { get; set; } = [GatewayAddresses.Default];

    /// <summary>The silo's web front, for registration (<c>PUT /api/devices/{mn}</c>, station and source master data).</summary>
    public Uri? ApiBaseUrl { get; set; } = new("http://localhost:5000");

    /// <summary>Whether to register the devices (and their master data) before sending.</summary>
    public bool Register { get; set; } = true;

    /// <summary>How many stations: the first ones of the demo city (air, then water).</summary>
    public int Stations { get; set; } = 10;

    /// <summary>How many outlets (sources): the first ones of the demo city.</summary>
    public int Sources { get; set; }

    /// <summary>Packets per second across all devices (each device sends Rate / devices); silent devices skip their turns.</summary>
    public double Rate { get; set; } = 10;

    /// <summary>How long to send; afterwards the run waits until every packet is answered or given up on, or until nothing has happened for AckTimeout × (Retries + 1) and a little more.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The seed of the run's incidents (silences, fault bursts, flags).</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Whether devices have incidents at all; false gives an all-N, never-silent run.</summary>
    public bool Incidents { get; set; } = true;

    /// <summary>The demo city's seed; ignored when <see cref="City"/> is given.</summary>
    public int CitySeed { get; set; } = DemoCity.DefaultSeed;

    /// <summary>The demo city whose devices to simulate (the silo's demo mode passes its own); null generates it from <see cref="CitySeed"/>.</summary>
    public DemoCity? City { get; set; }

    /// <summary>HJ 212 OverTime: how long a device waits for the 9014 before it resends.</summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>HJ 212 ReCount: resends before a packet counts as rejected.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>How long a connection attempt may take; also how long the start waits for the first connections.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the progress callback is called.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After cancellation, how long to wait for outstanding answers before returning the report.</summary>
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most unanswered packets a device keeps (while offline, say); beyond it the oldest counts as rejected.</summary>
    public int MaxPendingPerDevice { get; set; } = 1000;

    /// <summary>Whether the report lists the QNs acknowledged per MN (tests compare them with the raw log).</summary>
    public bool RecordAckedQns { get; set; }

    /// <summary>The clock (QN, DataTime, latencies).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Every problem with these options, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        Check(Gateways is { Count: > 0 }, "at least one gateway is required");
        Check(Stations >= 0 && Sources >= 0 && Stations + Sources > 0, "give at least one station or source (and no negative count)");
        Check(Rate > 0 && double.IsFinite(Rate), "the rate must be a positive number of packets per second");
        Check(Duration > TimeSpan.Zero, "the duration must be positive");
        Check(!Register || ApiBaseUrl is { IsAbsoluteUri: true }, "registration needs an absolute API URL (or turn registration off)");
        Check(AckTimeout > TimeSpan.Zero, "the ack timeout must be positive");
        Check(Retries >= 0, "retries must be 0 or more");
        Check(ConnectTimeout > TimeSpan.Zero && ProgressInterval > TimeSpan.Zero && StopGrace >= TimeSpan.Zero, "timeouts and intervals must be positive");
        Check(MaxPendingPerDevice > 0, "a device must be able to keep at least one unanswered packet");
        return problems;
    }
}
