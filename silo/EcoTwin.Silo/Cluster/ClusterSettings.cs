using System.ComponentModel.DataAnnotations;

namespace EcoTwin.Silo.Cluster;

/// <summary>How this silo joins the Orleans cluster (configuration section <c>EcoTwin:Cluster</c>).</summary>
public sealed class ClusterSettings
{
    /// <summary>The configuration section these settings bind to.</summary>
    public const string SectionName = "EcoTwin:Cluster";

    /// <summary>Default silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>Default port Orleans clients (the CLI, scripts) connect to.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>The cluster id; silos and clients with the same id form one cluster.</summary>
    [Required]
    public string ClusterId { get; set; } = "ecotwin";

    /// <summary>The service id; it keys persisted state and reminders, so keep it across deployments.</summary>
    [Required]
    public string ServiceId { get; set; } = "ecotwin";

    /// <summary>Silo-to-silo port.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = DefaultSiloPort;

    /// <summary>Port for Orleans clients.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = DefaultGatewayPort;

    /// <summary>
    /// The address other silos and clients reach this silo at; loopback suits one machine, empty
    /// means this host's own (first non-loopback IPv4) address, as in containers.
    /// </summary>
    public string? AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Running in Kubernetes: Orleans' Kubernetes hosting takes the pod's address and watches pods (needs RBAC, see deploy/k8s).</summary>
    public bool Kubernetes { get; set; }
}
