using EcoTwin.Integration.Tests.Infrastructure;

namespace EcoTwin.Faults.Tests.Infrastructure;

/// <summary>HTTP clients for the silos the fault tests start: every call to a silo's web front goes through here.</summary>
public static class SiloHttp
{
    /// <summary>A client aimed at the silo whose web front listens on loopback port <paramref name="port"/>.</summary>
    /// <remarks>Signed in as the test silos' bootstrap admin (SiloProcess gives every silo <see cref="TestSilo.AdminKey"/>).</remarks>
    public static HttpClient Create(int port) => new()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestHeaders = { Authorization = new("Bearer", TestSilo.AdminKey) },
    };
}
