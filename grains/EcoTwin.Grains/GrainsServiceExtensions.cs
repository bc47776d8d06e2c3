using System.Text.Json;
using System.Text.Json.Serialization;
using EcoTwin.Grains.Cases;
using EcoTwin.Grains.Changes;
using EcoTwin.Grains.Rollups;
using EcoTwin.Grains.Twins;
using Orleans.Serialization;

namespace EcoTwin.Grains;

/// <summary>Registers what the twins need in a silo, apart from storage (the host supplies that).</summary>
public static class GrainsServiceExtensions
{
    /// <summary>
    /// Serializes the domain library's types (live state in checkpoints) with System.Text.Json: the
    /// domain stays free of Orleans, and its records are plain JSON.
    /// </summary>
    public static IServiceCollection AddEcoTwinSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(
            isSupported: type => type.Namespace?.StartsWith("EcoTwin.Domain", StringComparison.Ordinal) == true,
            new JsonSerializerOptions(JsonSerializerDefaults.General) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals }));

    /// <summary>The twins' options, environment and the silo's change feed.</summary>
    public static IServiceCollection AddEcoTwinGrainServices(this IServiceCollection services)
    {
        services.AddEcoTwinSerialization();
        services.AddOptions<TwinOptions>();
        services.AddSingleton<TwinEnvironment>();
        services.AddSingleton<TwinChangeFeed>();
        services.AddEcoTwinCases();
        services.AddEcoTwinRollups();
        return services;
    }
}
