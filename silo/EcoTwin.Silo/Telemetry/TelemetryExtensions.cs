using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EcoTwin.Silo.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces with Orleans' meters and activity sources and EcoTwin's own;
/// exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and metrics scraped at
/// <c>/metrics</c>. Traces are recorded only when they are exported: a listener without an exporter
/// made an activity, with its tags, for every grain call of ingest, and threw it away.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The prefix of every meter and activity source EcoTwin defines.</summary>
    public const string EcoTwinSources = "EcoTwin.*";

    /// <summary>Adds metrics and tracing.</summary>
    public static WebApplicationBuilder AddEcoTwinTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ecotwin-silo"))
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.Orleans")
                .AddMeter(EcoTwinSources)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddSource("Microsoft.Orleans.Runtime")
                    .AddSource("Microsoft.Orleans.Application")
                    .AddSource(EcoTwinSources)
                    .AddAspNetCoreInstrumentation())
                .UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Maps <c>/metrics</c> (Prometheus text format): gateway, raw log and Orleans meters.</summary>
    public static IEndpointRouteBuilder MapEcoTwinMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
        return endpoints;
    }
}
