using System.Collections.Immutable;

namespace EcoTwin.Contracts.Twins;

/// <summary>The live view of a device-fed twin (station or outlet): what the side panel and the profile show.</summary>
/// <param name="Summary">The compact summary.</param>
/// <param name="Factors">Every factor it has data for.</param>
/// <param name="HourlyAqi">The latest hourly AQI (air stations).</param>
/// <param name="DailyAqi">The latest daily AQI (air stations).</param>
/// <param name="Alarms">Its open alarms.</param>
/// <param name="Online">Whether its device is online.</param>
/// <param name="AppliedSeq">The raw-log sequence number of the last packet it applied.</param>
[GenerateSerializer, Immutable, Alias("EcoTwin.DeviceTwinView")]
public sealed record DeviceTwinView(
    [property: Id(0)] TwinSummary Summary,
    [property: Id(1)] ImmutableArray<FactorView> Factors,
    [property: Id(2)] AqiView? HourlyAqi,
    [property: Id(3)] AqiView? DailyAqi,
    [property: Id(4)] ImmutableArray<AlarmView> Alarms,
    [property: Id(5)] bool Online,
    [property: Id(6)] long AppliedSeq);
