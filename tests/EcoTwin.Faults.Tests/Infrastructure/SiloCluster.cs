using EcoTwin.Integration.Tests.Infrastructure;
using Npgsql;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>
/// Real silo processes forming one Orleans cluster on one database: the same ClusterId and ServiceId,
/// each with its own HTTP, silo, Orleans-gateway and HJ 212 ports on 127.0.0.1.
/// </summary>
public sealed class SiloCluster : IDisposable
{
    private SiloCluster(string clusterId, IReadOnlyList<SiloNode> silos)
    {
        ClusterId = clusterId;
        Silos = silos;
    }

    /// <summary>The cluster id (and service id).</summary>
    public string ClusterId { get; }

    /// <summary>The silos, killed ones included.</summary>
    public IReadOnlyList<SiloNode> Silos { get; }

    /// <summary>The silos not killed.</summary>
    public IEnumerable<SiloNode> Alive => Silos.Where(silo => !silo.Killed);

    /// <summary>Every silo's HJ 212 gateway, the devices' failover list.</summary>
    public IReadOnlyList<string> DeviceGateways => [.. Silos.Select(silo => silo.DeviceGateway)];

    /// <summary>Starts <paramref name="count"/> silos on <paramref name="connectionString"/> and waits until each is ready.</summary>
    public static async Task<SiloCluster> StartAsync(int count, string connectionString, IDictionary<string, string>? settings = null)
    {
        var clusterId = "faults-" + Guid.NewGuid().ToString("N")[..8];
        var environment = new Dictionary<string, string>
        {
            // The run's server takes 300 connections and a silo has two pools (Orleans' and the platform's):
            // the silos share 240 (past 300, twins fail to activate with "too many clients").
            ["ConnectionStrings__EcoTwin"] = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 120 / count }.ConnectionString,
            ["EcoTwin__Cluster__ClusterId"] = clusterId,
            ["EcoTwin__Cluster__ServiceId"] = clusterId,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var silos = new List<SiloNode>();
        var cluster = new SiloCluster(clusterId, silos);
        try
        {
            // The first silo creates the schema and the cluster; the others join it.
            silos.Add(StartSilo("silo-1", environment));
            await WaitReadyAsync(silos[0]);
            for (var i = 1; i < count; i++)
            {
                silos.Add(StartSilo($"silo-{i + 1}", environment));
            }

            await Task.WhenAll(silos.Skip(1).Select(WaitReadyAsync));
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var silo in Silos)
        {
            silo.Dispose();
        }
    }

    private static SiloNode StartSilo(string name, Dictionary<string, string> environment)
    {
        var ports = FreePorts.Take(4); // HTTP, silo-to-silo, Orleans gateway, HJ 212
        return new SiloNode(name, SiloProcess.Start(environment, ports), ports[1]);
    }

    private static Task WaitReadyAsync(SiloNode silo) => Eventually.TrueAsync(
        silo.IsReadyAsync, TimeSpan.FromSeconds(120), () => $"{silo.Name} to get ready\n{silo.Process.Output}");
}
