using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace EcoTwin.Silo.Health;

/// <summary>Liveness (<c>/health/live</c>: the process answers) and readiness (<c>/health/ready</c>: database and silo).</summary>
public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks.</summary>
    public static WebApplicationBuilder AddEcoTwinHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>Maps the two endpoints.</summary>
    public static IEndpointRouteBuilder MapEcoTwinHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
