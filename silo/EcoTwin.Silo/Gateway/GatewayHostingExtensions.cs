using EcoTwin.Storage.Devices;
using EcoTwin.Storage.Quarantine;
using EcoTwin.Storage.RawLog;
using Microsoft.Extensions.Options;

namespace EcoTwin.Silo.Gateway;

/// <summary>Adds the HJ 212 gateway, its raw log, quarantine and device registry.</summary>
public static class GatewayHostingExtensions
{
    /// <summary>Registers the gateway's services; the listener starts with the host when enabled.</summary>
    public static WebApplicationBuilder AddEcoTwinGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RawLogWriterOptions>().BindConfiguration(RawLogWriterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RawLogMetrics>();
        builder.Services.AddSingleton<RawLogWriter>();
        builder.Services.AddSingleton<QuarantineWriter>();
        builder.Services.AddSingleton<DeviceStore>();
        builder.Services.AddSingleton<DeviceDirectory>();
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddSingleton<TwinDelivery>();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<GatewayOptions>>().Value);
        builder.Services.AddSingleton<GatewayServices>();
        builder.Services.AddSingleton<Hj212Gateway>();
        if (builder.Configuration.GetValue($"{GatewayOptions.SectionName}:{nameof(GatewayOptions.Enabled)}", true))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<Hj212Gateway>());
            builder.Services.AddHostedService<MissedDeliveryCatchUp>();
        }

        return builder;
    }
}
