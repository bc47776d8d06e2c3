using System.Net;
using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>One silo process of a <see cref="SiloCluster"/>, with an HTTP client for its web front.</summary>
public sealed class SiloNode(string name, SiloProcess process, int siloPort) : IDisposable
{
    /// <summary>The silo-to-silo port (its row in the membership table).</summary>
    public int SiloPort { get; } = siloPort;

    /// <summary>A short name for reports (silo-1, ...).</summary>
    public string Name { get; } = name;

    /// <summary>The process.</summary>
    public SiloProcess Process { get; } = process;

    /// <summary>Its web front.</summary>
    public HttpClient Http { get; } = SiloHttp.Create(process.HttpPort);

    /// <summary>Its HJ 212 gateway, host:port.</summary>
    public string DeviceGateway => $"127.0.0.1:{Process.DevicePort}";

    /// <summary>Whether it was killed.</summary>
    public bool Killed { get; private set; }

    /// <summary>Resident memory of the silo process in bytes (VmRSS).</summary>
    public long ResidentBytes => ProcessMemory.ResidentBytes(Process.Id);

    /// <summary>
    /// The managed heap's committed memory after the last collection, from <c>/metrics</c>: the part
    /// of the resident memory that the garbage collector sizes (its budgets, not only live objects).
    /// </summary>
    public async Task<long> GcCommittedBytesAsync()
    {
        const string Metric = "dotnet_gc_last_collection_memory_committed_size_bytes";
        var line = (await Http.GetStringAsync("/metrics")).Split('\n').Single(l => l.StartsWith(Metric, StringComparison.Ordinal));
        return (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <c>/health/ready</c> answers 200 now.</summary>
    public async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await Http.GetAsync("/health/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no checkpoint, no goodbye to the cluster.</summary>
    public void Kill()
    {
        Killed = true;
        Process.Kill();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Http.Dispose();
        Process.Dispose();
    }
}
