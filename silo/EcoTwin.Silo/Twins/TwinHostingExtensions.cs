using EcoTwin.Grains;
using EcoTwin.Grains.Districts;
using EcoTwin.Silo.Districts;
using EcoTwin.Grains.Twins;
using EcoTwin.Storage.Alarms;
using EcoTwin.Storage.Districts;
using EcoTwin.Storage.RawLog;
using EcoTwin.Storage.Readings;
using EcoTwin.Storage.Twins;
using Newtonsoft.Json;
using Orleans.Serialization;

namespace EcoTwin.Silo.Twins;

/// <summary>Adds the twins' services on PostgreSQL: raw-log replay, device profiles, write-behind outputs.</summary>
public static class TwinHostingExtensions
{
    /// <summary>Registers the twins' environment.</summary>
    public static WebApplicationBuilder AddEcoTwinTwins(this WebApplicationBuilder builder)
    {
        builder.Services.AddEcoTwinGrainServices();
        builder.Services.AddOptions<TwinOptions>().BindConfiguration(TwinOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RawLogReader>();
        builder.Services.AddSingleton<ReadingsWriter>();
        builder.Services.AddSingleton<AlarmWriter>();
        builder.Services.AddSingleton<SummaryWriter>();
        builder.Services.AddSingleton<ITwinRawLog, TwinRawLog>();
        builder.Services.AddSingleton<ITwinDevices, TwinDevices>();
        builder.Services.AddSingleton<ITwinOutbox, TwinOutbox>();
        builder.Services.AddHostedService<WatchdogStartup>();
        builder.Services.AddSingleton<DistrictStore>().AddSingleton<IDistrictBoundaries, DistrictBoundaryTable>();
        builder.Services.Configure<OrleansJsonSerializerOptions>(o => o.JsonSerializerSettings.PreserveReferencesHandling = PreserveReferencesHandling.None); // Json.NET writes value-equal records as $ref, which immutable collections cannot read back
        return builder;
    }
}
