using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EcoTwin.Bench;

/// <summary>
/// A real silo process (the EcoTwin.Silo.dll built beside the benchmarks, Release when the benchmarks
/// are) on the bench's PostgreSQL, on free loopback ports, as an operator runs it.
/// </summary>
public sealed class BenchSilo : IDisposable
{
    private readonly Process _process;

    private BenchSilo(Process process, int httpPort, int devicePort)
    {
        _process = process;
        Http = new HttpClient
        {
            BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"),
            Timeout = TimeSpan.FromSeconds(60),
            DefaultRequestHeaders = { Authorization = new("Bearer", AdminKey) },
        };
        DevicePort = devicePort;
    }

    /// <summary>
    /// The bootstrap admin key the bench silos accept; <see cref="Http"/> signs in with it, and so do
    /// the .NET live feeds (ECOTWIN_API_KEY, set by <see cref="StartClusterAsync"/>).
    /// </summary>
    public const string AdminKey = "bench-bootstrap-admin-key-0123456789abcdef";

    /// <summary>The silo's web front.</summary>
    public HttpClient Http { get; }

    /// <summary>The HJ 212 gateway's loopback port.</summary>
    public int DevicePort { get; }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>
    /// Starts <paramref name="count"/> silos of cluster <paramref name="clusterId"/> on <paramref name="connectionString"/>:
    /// the first alone (it creates the schema and the cluster), then the others together; returns when each is ready.
    /// </summary>
    public static async Task<IReadOnlyList<BenchSilo>> StartClusterAsync(int count, string connectionString, string clusterId)
    {
        Environment.SetEnvironmentVariable(EcoTwin.Client.ApiKey.EnvironmentVariable, AdminKey);
        var silos = new List<BenchSilo> { Start(connectionString, clusterId) };
        try
        {
            await silos[0].WaitReadyAsync();
            silos.AddRange(Enumerable.Range(1, count - 1).Select(_ => Start(connectionString, clusterId)));
            await Task.WhenAll(silos.Skip(1).Select(silo => silo.WaitReadyAsync()));
            return silos;
        }
        catch
        {
            silos.ForEach(silo => silo.Dispose());
            throw;
        }
    }

    /// <summary>Stops the silo gracefully (SIGINT, as Ctrl+C), killing it if it does not exit in time.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                interrupt.WaitForExit();
            }

            if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        Http.Dispose();
        _process.Dispose();
    }

    private static BenchSilo Start(string connectionString, string clusterId)
    {
        var ports = Enumerable.Range(0, 4).Select(_ => FreePort()).ToArray();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EcoTwin.Silo.dll"));
        start.Environment["ConnectionStrings__EcoTwin"] = connectionString;
        start.Environment["Urls"] = $"http://127.0.0.1:{ports[0]}";
        start.Environment["EcoTwin__Cluster__ClusterId"] = clusterId;
        start.Environment["EcoTwin__Cluster__ServiceId"] = clusterId;
        start.Environment["EcoTwin__Cluster__SiloPort"] = ports[1].ToString(CultureInfo.InvariantCulture);
        start.Environment["EcoTwin__Cluster__GatewayPort"] = ports[2].ToString(CultureInfo.InvariantCulture);
        start.Environment["EcoTwin__Gateway__Port"] = ports[3].ToString(CultureInfo.InvariantCulture);
        start.Environment["EcoTwin__Gateway__ListenAddress"] = "127.0.0.1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["EcoTwin__Auth__BootstrapAdminKey"] = AdminKey;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Forward(e.Data); // warnings and errors only (Logging:LogLevel:Default=Warning)
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BenchSilo(process, ports[0], ports[3]);
    }

    private async Task WaitReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the silo exited with {_process.ExitCode} before it was ready");
            }

            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the silo did not get ready within 2 minutes");
    }

    private static void Forward(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine($"  [silo] {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
