namespace EcoTwin.Client;

/// <summary>How a script reaches an EcoTwin cluster.</summary>
public sealed class EcoTwinClientOptions
{
    /// <summary>The gateway a silo listens on by default.</summary>
    public const string DefaultGateway = "127.0.0.1:30000";

    /// <summary>
    /// Silo gateways (host:port) to connect to directly. Used when <see cref="ConnectionString"/> is empty.
    /// </summary>
    public IReadOnlyList<string> Gateways { get; set; } = [DefaultGateway];

    /// <summary>
    /// The cluster's PostgreSQL connection string; when set, the client finds the live gateways in the
    /// cluster's membership table instead of using <see cref="Gateways"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The cluster id; must match the silos'.</summary>
    public string ClusterId { get; set; } = "ecotwin";

    /// <summary>The service id; must match the silos'.</summary>
    public string ServiceId { get; set; } = "ecotwin";

    /// <summary>How long connecting may take before it fails.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
